import { createPartnership, type Partnership, serializePartnership } from '@partnership-kit/core';
import {
  AgreementAdvisor,
  AgreementPreview,
  DissolutionChecklist,
  EstablishmentProgress,
  FfpmGrid,
  PartnershipIssues,
  RaciMatrix,
  ReviewChecklist,
  WorksheetForm,
} from '@partnership-kit/react';
import { CONVERSATION_GUIDE_WORKSHEET, raciPresetMatrix } from '@partnership-kit/templates';
import { caseStudy1 } from '@partnership-kit/templates/samples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, within } from 'storybook/test';

// "Build a partnership": one partnership document wired through every component, the way a
// portal composes them — one state, each component controlled, an undo stack of documents and a
// saved draft (serializePartnership). See the "Compose your own flow" docs page.

const DRAFT_KEY = 'partnership-kit:storybook:flow';

/** Word export, opt-in: the DOCX entry (and the docx package) load when someone asks for Word. */
const loadDocx = () => import('@partnership-kit/templates/docx');

function startingPoint(): Partnership {
  return createPartnership({
    id: 'flow-demo',
    name: 'Demo partnership',
    status: 'establishing',
    organizations: caseStudy1.organizations,
    raci: raciPresetMatrix('en-CA', { withExampleLetters: true }),
    meetings: { cadenceMonths: 3, reviewIntervalMonths: 6, records: [] },
  });
}

function Flow({ locale }: { readonly locale: string }) {
  const [history, setHistory] = useState<readonly Partnership[]>([startingPoint()]);
  const partnership = history[history.length - 1] as Partnership;
  const [savedAt, setSavedAt] = useState('');
  const update = (changes: Partial<Partnership>) =>
    setHistory([...history, { ...partnership, ...changes }]);
  const french = locale === 'fr-CA';
  const worksheet = partnership.worksheets.find(
    (w) => w.worksheetId === CONVERSATION_GUIDE_WORKSHEET.id,
  );
  return (
    <div data-flow="">
      <h1>{french ? 'Bâtir un partenariat' : 'Build a partnership'}</h1>
      <p>
        <button
          type="button"
          disabled={history.length === 1}
          onClick={() => setHistory(history.slice(0, -1))}
        >
          {french ? 'Annuler la dernière modification' : 'Undo the last change'}
        </button>{' '}
        <button
          type="button"
          onClick={() => {
            localStorage.setItem(DRAFT_KEY, serializePartnership(partnership));
            setSavedAt(new Date().toLocaleTimeString(locale));
          }}
        >
          {french ? 'Enregistrer le brouillon' : 'Save the draft'}
        </button>{' '}
        <span role="status">
          {savedAt
            ? french
              ? `Brouillon enregistré à ${savedAt}`
              : `Draft saved at ${savedAt}`
            : ''}
        </span>
      </p>
      <EstablishmentProgress partnership={partnership} />
      <PartnershipIssues partnership={partnership} today="2026-11-27" />
      <WorksheetForm
        worksheet={CONVERSATION_GUIDE_WORKSHEET}
        required="none"
        draftStorage={null}
        {...(worksheet ? { value: worksheet } : {})}
        onValueChange={(response) =>
          update({
            worksheets: [
              ...partnership.worksheets.filter((w) => w.worksheetId !== response.worksheetId),
              response,
            ],
          })
        }
      />
      <FfpmGrid value={partnership.swot} onValueChange={(swot) => update({ swot })} />
      <h2>{french ? 'Qui fait quoi' : 'Who does what'}</h2>
      <RaciMatrix
        aria-label={french ? 'Matrice RACI du partenariat' : 'RACI matrix of the partnership'}
        organizations={partnership.organizations}
        value={partnership.raci}
        onValueChange={(raci) => update({ raci })}
        today={() => '2026-11-27'}
      />
      <AgreementAdvisor
        partnership={partnership}
        onFactsChange={(facts) => {
          const known = <T,>(value: T | 'unknown') => (value === 'unknown' ? undefined : value);
          update({
            agreementFacts: {
              ...(known(facts.sharesFunding) === undefined
                ? {}
                : { sharesFunding: known(facts.sharesFunding) as boolean }),
              ...(known(facts.coCreatesServices) === undefined
                ? {}
                : { coCreatesServices: known(facts.coCreatesServices) as boolean }),
              ...(known(facts.servicesEstablished) === undefined
                ? {}
                : { servicesEstablished: known(facts.servicesEstablished) as boolean }),
              ...(known(facts.paysForServices ?? 'unknown') === undefined
                ? {}
                : { paysForServices: known(facts.paysForServices ?? 'unknown') as boolean }),
            },
          });
        }}
      />
      <AgreementPreview partnership={partnership} loadDocx={loadDocx} />
      <ReviewChecklist
        defaultValue={{ id: 'review-1', date: '2027-05-20', reviewer: 'external', answers: {} }}
        onValueChange={(record) =>
          update({ reviews: [...partnership.reviews.filter((r) => r.id !== record.id), record] })
        }
      />
      <DissolutionChecklist
        partnership={partnership}
        value={partnership.dissolution ?? { checklist: {}, clientHandovers: [] }}
        onValueChange={(dissolution) => update({ dissolution })}
      />
    </div>
  );
}

const meta = {
  title: 'Flows/Build a partnership',
  component: Flow,
  parameters: { layout: 'padded' },
  render: (_args, { globals }) => <Flow locale={globals.locale} />,
} satisfies Meta<typeof Flow>;

export default meta;

/** The whole flow, completed end to end with the keyboard and mouse, then one change undone. */
export const EndToEnd: StoryObj<typeof meta> = {
  args: { locale: 'en-CA' },
  globals: { locale: 'en-CA' },
  play: async ({ canvas, canvasElement, userEvent, step }) => {
    await step('answer the conversation guide', async () => {
      await userEvent.type(
        canvas.getAllByLabelText('Answer')[0] as HTMLElement,
        'One job coach in each town',
      );
      await expect(canvas.getByText('1 of 15 answered')).toBeVisible();
    });
    await step('add a SWOT threat', async () => {
      const threats = canvas.getByRole('region', { name: 'Threats' });
      await userEvent.type(
        within(threats).getByLabelText('New item: Threats'),
        'Funding renewal uncertain{Enter}',
      );
      await expect(within(threats).getByText('Funding renewal uncertain')).toBeVisible();
    });
    await step('set a RACI letter from the keyboard', async () => {
      const cell = canvasElement.querySelector<HTMLElement>(
        '[role="grid"] [data-row="1"][data-col="2"]',
      ) as HTMLElement;
      cell.focus();
      await userEvent.keyboard('i');
      await expect(cell).toHaveTextContent('I');
    });
    await step('answer the advisor', async () => {
      const funding = canvas.getByRole('group', {
        name: 'Will funding be shared between the organizations?',
      });
      await userEvent.click(within(funding).getByLabelText('No'));
      await expect(
        canvas
          .getAllByRole('status')
          .some((s) => /fits|No recommendation/.test(s.textContent ?? '')),
      ).toBe(true);
    });
    await step('review the partnership', async () => {
      const leadership = canvas.getByRole('region', { name: 'Leadership' });
      await userEvent.click(
        within(within(leadership).getAllByRole('group')[0] as HTMLElement).getByLabelText('Yes'),
      );
      await expect(leadership).toHaveAttribute('data-status', 'amber');
    });
    await step('undo the last change and save a draft', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Undo the last change' }));
      await userEvent.click(canvas.getByRole('button', { name: 'Save the draft' }));
      await expect(canvas.getByText(/^Draft saved at/)).toBeVisible();
    });
  },
};

/** The same flow in French, to check every component in the other language. */
export const EnFrancais: StoryObj<typeof meta> = {
  args: { locale: 'fr-CA' },
  globals: { locale: 'fr-CA' },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole('heading', { level: 1, name: 'Bâtir un partenariat' }),
    ).toBeVisible();
  },
};
