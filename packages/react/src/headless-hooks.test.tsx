import type { Swot, WorksheetResponse } from '@partnership-kit/core';
import { SELF_REFLECTION_WORKSHEET } from '@partnership-kit/templates';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useFfpmGrid } from './ffpm-grid/useFfpmGrid';
import { PartnershipKitProvider } from './i18n/PartnershipKitProvider';
import { useWorksheetForm } from './worksheet-form/useWorksheetForm';

// A1: the behaviour hooks drive a UI of a portal's own, without our components or styles.

const swot: Swot = {
  strengths: [
    { id: 's1', text: { en: 'Job developers', fr: 'Développeurs d’emplois' } },
    { id: 's2', text: { en: 'Employer network', fr: 'Réseau d’employeurs' } },
  ],
  weaknesses: [],
  opportunities: [],
  threats: [],
};

function MySwotList({ onValueChange }: { onValueChange: (swot: Swot) => void }) {
  const ffpm = useFfpmGrid({ defaultValue: swot, onValueChange });
  return (
    <div ref={ffpm.rootRef}>
      {ffpm.quadrants.map((quadrant) => (
        <section key={quadrant} aria-label={ffpm.quadrantName(quadrant)} data-quadrant={quadrant}>
          <ul>
            {ffpm.shownItems(quadrant).map((item) => (
              <li key={item.id} {...ffpm.getItemProps(item)}>
                {ffpm.nameOf(item)}
                <button {...ffpm.getItemActionProps(item, quadrant, 'up')}>↑</button>
                <button {...ffpm.getItemActionProps(item, quadrant, 'down')}>↓</button>
                <button {...ffpm.getItemActionProps(item, quadrant, 'remove')}>×</button>
              </li>
            ))}
          </ul>
          <div data-part="add">
            <input aria-label={`New item: ${quadrant}`} />
          </div>
        </section>
      ))}
      <div role="status">{ffpm.announcement}</div>
    </div>
  );
}

describe('useFfpmGrid without FfpmGrid (A1)', () => {
  it('names the controls, reorders with buttons and Alt+arrows, and keeps focus on the item', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(
      <PartnershipKitProvider locale="en-CA">
        <MySwotList onValueChange={onValueChange} />
      </PartnershipKitProvider>,
    );
    const strengths = screen.getByRole('region', { name: 'Strengths' });
    const up = within(strengths).getByRole('button', { name: 'Move up “Job developers”' });
    expect(up.getAttribute('aria-disabled')).toBe('true'); // first: reachable, says why it does nothing
    const down = within(strengths).getByRole('button', { name: 'Move down “Job developers”' });
    await user.click(down);
    expect(onValueChange.mock.lastCall?.[0].strengths.map((i: { id: string }) => i.id)).toEqual([
      's2',
      's1',
    ]);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Move down “Job developers”');
    expect(screen.getByRole('status').textContent).toBe('“Job developers” now 2 of 2.');
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(onValueChange.mock.lastCall?.[0].weaknesses.map((i: { id: string }) => i.id)).toEqual([
      's1',
    ]);
    expect(
      within(screen.getByRole('region', { name: 'Weaknesses' })).getByText('Job developers'),
    ).toBeTruthy();
  });
});

function MyWorksheet({ onSubmit }: { onSubmit: (response: WorksheetResponse) => void }) {
  const form = useWorksheetForm({
    worksheet: SELF_REFLECTION_WORKSHEET,
    onSubmit,
    draftStorage: null,
    languages: ['en'],
    required: [SELF_REFLECTION_WORKSHEET.sections[0]?.questions[0]?.id ?? ''],
  });
  const first = form.questions[0];
  if (!first) return null;
  const id = form.fieldId(first.id);
  return (
    <form onSubmit={form.submit} noValidate>
      {form.errors.length > 0 ? (
        <section ref={form.summaryRef} tabIndex={-1} role="alert">
          {form.errors.map((error) => (
            <a key={error.fieldId} href={`#${error.fieldId}`}>
              {error.message}
            </a>
          ))}
        </section>
      ) : null}
      <label htmlFor={`${id}-en`}>{first.text.en}</label>
      <input
        id={`${id}-en`}
        value={form.answerOf(first.id).answer.en ?? ''}
        onChange={(event) =>
          form.dispatch({
            type: 'answerSet',
            questionId: first.id,
            answer: { en: event.target.value },
          })
        }
      />
      <p>
        {form.answered} / {form.questions.length}
      </p>
      <button type="submit">Save</button>
    </form>
  );
}

describe('useWorksheetForm without WorksheetForm (A1)', () => {
  it('lists what is missing on submit, follows each fix, and hands back the response', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(
      <PartnershipKitProvider locale="en-CA">
        <MyWorksheet onSubmit={onSubmit} />
      </PartnershipKitProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    expect(within(summary).getAllByRole('link')).toHaveLength(1);
    const input = screen.getByRole('textbox');
    expect(within(summary).getByRole('link').getAttribute('href')).toBe(`#${input.id}`);
    await user.type(input, 'Job development');
    expect(screen.queryByRole('alert')).toBeNull(); // the error goes as soon as it is fixed
    expect(
      screen.getByText(
        `1 / ${SELF_REFLECTION_WORKSHEET.sections.flatMap((s) => s.questions).length}`,
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const question = SELF_REFLECTION_WORKSHEET.sections[0]?.questions[0]?.id as string;
    expect(onSubmit.mock.lastCall?.[0].answers[question].answer).toEqual({ en: 'Job development' });
  });
});
