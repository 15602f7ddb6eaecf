import { formatRaciLetters, taskCell } from '@partnership-kit/core';
import { formatAmount } from '@partnership-kit/core/format';
import { RACI_LEGEND } from '../raci/raci-legend.content';
import { AVAILABILITY_LABELS, LABELS } from './document.labels';
import type { DocBlock, DocContent } from './document.types';
import { localized, organizationName } from './fields';
import type { PartBuilder } from './part-builder';

/**
 * The RACI matrix annex (EST-3, RACI-1 to RACI-8): whether it was adopted and when, the matrix
 * — tasks in order, their lead organization, one column per role — and the legend, so a
 * signatory who never saw a RACI matrix can read it. No task yet: a placeholder.
 */
export function buildRaciAnnex(b: PartBuilder): DocBlock[] {
  const { raci } = b.partnership;
  if (raci.tasks.length === 0) return [{ kind: 'paragraph', content: b.field('raci.matrix') }];
  const status =
    raci.status === 'adopted' && raci.adoptedOn
      ? b.text(LABELS.raciAdopted, { date: raci.adoptedOn })
      : b.text(LABELS.raciDraft);
  const organization = (id: string | undefined): DocContent => {
    const name = organizationName(b.partnership, id);
    return name ? [b.typed(name)] : [];
  };
  const table: DocBlock = {
    kind: 'table',
    role: 'raci',
    header: [
      [b.text(LABELS.task)],
      [b.text(LABELS.lead)],
      ...raci.roles.map((role) => b.value('raci.matrix', localized(role.title, b.lang), role.id)),
    ],
    rows: raci.tasks.map((task) => [
      b.value('raci.matrix', localized(task.label, b.lang), task.id),
      organization(task.leadOrganizationId),
      ...raci.roles.map((role) => [b.text(formatRaciLetters(taskCell(task, role.id)))]),
    ]),
    align: ['start', 'start', ...raci.roles.map(() => 'center' as const)],
  };
  const legend = RACI_LEGEND.map((entry) => [
    b.text(`${entry.letter} (${entry.name[b.lang]}): ${entry.description[b.lang]}`),
  ]);
  return [
    { kind: 'paragraph', content: [status] },
    table,
    { kind: 'paragraph', content: [b.text(LABELS.raciLegend)] },
    { kind: 'list', items: legend },
  ];
}

/**
 * The budget annex (Resource 6 financial commitments): each financial contribution, who makes
 * it and its amount, those still to find marked, and the total of those in place.
 */
export function buildBudget(b: PartBuilder): DocBlock[] {
  const financial = b.partnership.resources.filter((r) => r.kind === 'financial');
  if (financial.length === 0)
    return [{ kind: 'paragraph', content: b.field('resources.financial') }];
  const amount = (cents: number | undefined): DocContent =>
    cents === undefined ? [] : [b.text(formatAmount(cents, b.lang))];
  const rows = financial.map((r) => {
    const who = r.organizationId ? organizationName(b.partnership, r.organizationId) : undefined;
    return [
      who ? [b.typed(who)] : [b.text(LABELS.toFind)],
      [
        ...b.value('resources.financial', localized(r.description, b.lang), ''),
        // Still to find: said once, in the organization's column when nobody brings it yet.
        ...(who && r.availability === 'needed'
          ? [b.text(` (${AVAILABILITY_LABELS.needed[b.lang]})`)]
          : []),
      ],
      amount(r.amountCents),
    ];
  });
  const inPlace = financial.filter((r) => r.availability === 'in-place');
  const total = inPlace.reduce((sum, r) => sum + (r.amountCents ?? 0), 0);
  return [
    {
      kind: 'table',
      role: 'budget',
      header: [
        [b.text(LABELS.organization)],
        [b.text(LABELS.contribution)],
        [b.text(LABELS.amount)],
      ],
      rows: [...rows, [[b.text(LABELS.total)], [], amount(total)]],
      align: ['start', 'start', 'end'],
    },
  ];
}
