import type { Organization } from '@partnership-kit/core';
import { createRaciMatrix } from '@partnership-kit/core/raci';
import { caseStudy1 } from '@partnership-kit/templates/samples';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { componentsRenderedBy } from '../../test/render-count';
import { PartnershipKitProvider } from '../i18n/PartnershipKitProvider';
import { RaciMatrix } from './RaciMatrix';

const organizations = caseStudy1.organizations as Organization[];
const ROLES = 6;
const matrixOf = (tasks: number) =>
  createRaciMatrix({
    roles: Array.from({ length: ROLES }, (_, r) => ({
      id: `role-${r}`,
      title: { en: `Role ${r + 1}`, fr: `Rôle ${r + 1}` },
    })),
    tasks: Array.from({ length: tasks }, (_, i) => ({
      id: `task-${i}`,
      label: { en: `Task ${i + 1}`, fr: `Tâche ${i + 1}` },
      leadOrganizationId: 'lakeshore-es',
      cells: Object.fromEntries(
        Array.from({ length: ROLES }, (_, r) => [
          `role-${r}`,
          [r === 0 ? 'R' : r === 1 ? 'A' : 'C'],
        ]),
      ),
    })),
  });

/** Lets effects, deferred renders and timers run. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));

// A1: an edit re-renders the edited row — not the table, the toolbar, the issue list or the
// workload. The component itself re-renders too (it holds the state), and the live region's text.
describe('RaciMatrix: what one edit re-renders (A1)', () => {
  it.each([30, 200])(
    'renders the matrix and the edited row only, deferred work included (%i tasks)',
    async (tasks) => {
      const user = userEvent.setup();
      render(
        <PartnershipKitProvider locale="en-CA">
          <RaciMatrix
            aria-label="Roles"
            organizations={organizations}
            defaultValue={matrixOf(tasks)}
          />
        </PartnershipKitProvider>,
      );
      const grid = screen.getByRole('grid', { name: 'Roles' });
      const cell = grid.querySelector<HTMLElement>('[data-row="15"][data-col="4"]') as HTMLElement;
      cell.focus();
      await user.keyboard('i'); // the first edit enables Undo: the toolbar changes once
      await settle();
      const names = await componentsRenderedBy(async () => {
        await user.keyboard('c');
        await settle();
      });
      expect(cell.textContent).toBe('C');
      expect(names.filter((name) => name === 'RaciRow')).toEqual(['RaciRow']);
      expect(names.filter((name) => name !== 'RaciMatrix' && name !== 'RaciRow')).toEqual([]);
    },
  );
});
