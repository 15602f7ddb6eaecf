import {
  type Dissolution,
  dissolutionPlan,
  localize,
  type Partnership,
} from '@partnership-kit/core';
import { useId, useMemo } from 'react';
import { useControllableState } from '../hooks/useControllableState';
import type { MessageOverrides } from '../i18n/messages';
import { useMessages } from '../i18n/useMessages';
import { IssueList } from '../partnership-issues/IssueList';
import { formatDate, localToday } from '../utils/format-date';

/** Props of {@link DissolutionChecklist}. */
export interface DissolutionChecklistProps {
  /** The partnership: its agreement gives the notice period (DIS-2). */
  readonly partnership: Pick<Partnership, 'agreement'>;
  readonly value?: Dissolution;
  readonly defaultValue?: Dissolution;
  readonly onValueChange?: (dissolution: Dissolution) => void;
  readonly headingLevel?: 2 | 3 | 4;
  readonly locale?: string;
  readonly messages?: MessageOverrides;
}

/**
 * Ending a partnership well (DIS-2..5): the written notice and the end date it sets, the path
 * chosen (end on the agreed date, or close while recognizing what was achieved), the checklist
 * for that path, and every job seeker still without another support (DIS-3).
 *
 * @example
 * ```tsx
 * <DissolutionChecklist partnership={partnership} value={partnership.dissolution} onValueChange={save} />
 * ```
 */
export function DissolutionChecklist(props: DissolutionChecklistProps) {
  const { partnership, headingLevel = 2 } = props;
  const { t, locale } = useMessages(props);
  const [dissolution, setDissolution] = useControllableState<Dissolution>({
    value: props.value,
    defaultValue: () => props.defaultValue ?? { checklist: {}, clientHandovers: [] },
    onChange: props.onValueChange,
    name: 'DissolutionChecklist',
  });
  const noticeGivenOn = dissolution.noticeGivenOn ?? localToday();
  const path = dissolution.path ?? 'end-on-date';
  const plan = useMemo(
    () => dissolutionPlan({ ...partnership, dissolution }, { noticeGivenOn, path }),
    [partnership, dissolution, noticeGivenOn, path],
  );
  const handovers = plan.issues.filter((issue) => issue.code === 'DIS_CLIENT_WITHOUT_HANDOVER');
  const other = plan.issues.filter((issue) => issue.code !== 'DIS_CLIENT_WITHOUT_HANDOVER');
  const ids = { heading: useId(), notice: useId(), path: useId(), checklist: useId() };
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
  return (
    <section data-pk-dissolution="" aria-labelledby={ids.heading}>
      <Heading id={ids.heading}>{t('dissolution.title')}</Heading>
      <p>
        <label htmlFor={ids.notice}>{t('dissolution.notice')}</label>{' '}
        <input
          id={ids.notice}
          type="date"
          value={dissolution.noticeGivenOn ?? ''}
          onChange={(e) =>
            setDissolution({
              ...dissolution,
              ...(e.target.value ? { noticeGivenOn: e.target.value } : {}),
            })
          }
        />
      </p>
      <fieldset>
        <legend>{t('dissolution.path')}</legend>
        {(['end-on-date', 'celebrate-and-close'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={ids.path}
              checked={path === option}
              onChange={() => setDissolution({ ...dissolution, path: option })}
            />{' '}
            {t(`dissolution.path.${option}`)}
          </label>
        ))}
      </fieldset>
      {plan.endsOn && plan.noticeDays !== undefined ? (
        <p role="status" data-part="ends-on">
          {t('dissolution.endsOn', {
            date: formatDate(plan.endsOn, locale),
            days: plan.noticeDays,
          })}
        </p>
      ) : null}
      {other.length > 0 ? <IssueList issues={other} locale={props.locale} /> : null}
      <SubHeading id={ids.checklist}>{t('dissolution.checklist')}</SubHeading>
      <ul aria-labelledby={ids.checklist}>
        {plan.checklist.map((item) => (
          <li key={item.id} data-done={item.done || undefined}>
            <label>
              <input
                type="checkbox"
                checked={item.done}
                onChange={(e) =>
                  setDissolution({
                    ...dissolution,
                    checklist: { ...dissolution.checklist, [item.id]: e.target.checked },
                  })
                }
              />{' '}
              {localize(item.text, locale)} <span data-part="rule">({item.ruleId})</span>
            </label>
          </li>
        ))}
      </ul>
      {handovers.length > 0 ? (
        <>
          <SubHeading>{t('dissolution.clients')}</SubHeading>
          <IssueList issues={handovers} locale={props.locale} />
        </>
      ) : null}
    </section>
  );
}
