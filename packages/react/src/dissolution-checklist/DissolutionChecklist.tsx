import { type Dissolution, type Partnership, pickLanguage } from '@partnership-kit/core';
import { type DissolutionAction, dissolutionReducer } from '@partnership-kit/core/editing';
import { dissolutionPlan } from '@partnership-kit/core/rules';
import { useId, useMemo } from 'react';
import { DateField } from '../fields/DateField';
import { GUIDE_MESSAGES } from '../guide/guide.messages';
import { useControllableReducer } from '../hooks/useControllableReducer';
import { type MessageOptions, useMessages } from '../i18n/useMessages';
import { IssueList } from '../partnership-issues/IssueList';

/** Props of {@link DissolutionChecklist}. */
export interface DissolutionChecklistProps extends MessageOptions {
  /** The partnership: its agreement gives the notice period and the term (DIS-2). */
  readonly partnership: Pick<Partnership, 'agreement'>;
  readonly value?: Dissolution;
  readonly defaultValue?: Dissolution;
  readonly onValueChange?: (dissolution: Dissolution) => void;
  readonly headingLevel?: 2 | 3 | 4;
}

/**
 * Ending a partnership well (DIS-2..5): the written notice and the end date it sets (or the end
 * of the term), the path chosen (end on the agreed date, or close while recognizing what was
 * achieved), the checklist for that path — recognition whichever way, laying the ground for
 * future work when closing with recognition — and every job seeker still without another
 * support (DIS-3). Built on core's `dissolutionReducer`.
 *
 * @example
 * ```tsx
 * <DissolutionChecklist partnership={partnership} value={partnership.dissolution} onValueChange={save} />
 * ```
 */
export function DissolutionChecklist(props: DissolutionChecklistProps) {
  const { partnership, headingLevel = 2 } = props;
  const { t, locale } = useMessages(GUIDE_MESSAGES, props);
  const [dissolution, dispatch] = useControllableReducer<Dissolution, DissolutionAction>(
    dissolutionReducer,
    {
      value: props.value,
      defaultValue: () => props.defaultValue ?? { checklist: {}, clientHandovers: [] },
      onValueChange: props.onValueChange,
      name: 'DissolutionChecklist',
    },
  );
  const path = dissolution.path ?? 'end-on-date';
  const plan = useMemo(
    () => dissolutionPlan({ ...partnership, dissolution }, { path }),
    [partnership, dissolution, path],
  );
  const handovers = plan.issues.filter((issue) => issue.code === 'DIS_CLIENT_WITHOUT_HANDOVER');
  const other = plan.issues.filter((issue) => issue.code !== 'DIS_CLIENT_WITHOUT_HANDOVER');
  const base = useId().replace(/:/g, '');
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
  return (
    <section data-pk="" data-pk-dissolution="" aria-labelledby={`${base}-h`}>
      <Heading id={`${base}-h`}>{t('dissolution.title')}</Heading>
      <DateField
        label={t('dissolution.notice')}
        value={dissolution.noticeGivenOn}
        onValueChange={(on) => dispatch({ type: 'noticeSet', on })}
        locale={props.locale}
      />
      <fieldset>
        <legend>{t('dissolution.path')}</legend>
        <div data-part="radios">
          {(['end-on-date', 'celebrate-and-close'] as const).map((option) => (
            <label key={option} data-part="radio">
              <input
                type="radio"
                name={`${base}-path`}
                checked={path === option}
                onChange={() => dispatch({ type: 'pathSet', path: option })}
              />{' '}
              {t(`dissolution.path.${option}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {plan.endsOn ? (
        <p role="status" data-part="ends-on">
          {plan.endsBy === 'notice' && plan.noticeDays !== undefined
            ? t('dissolution.endsOn.notice', { date: plan.endsOn, days: plan.noticeDays })
            : t('dissolution.endsOn.expiry', { date: plan.endsOn })}
        </p>
      ) : null}
      {other.length > 0 ? <IssueList issues={other} locale={props.locale} /> : null}
      <SubHeading id={`${base}-checklist`}>{t('dissolution.checklist')}</SubHeading>
      <ul aria-labelledby={`${base}-checklist`} data-part="checklist">
        {plan.checklist.map((item) => (
          <li key={item.id} data-done={item.done || undefined}>
            <label data-part="checkbox">
              <input
                type="checkbox"
                checked={item.done}
                onChange={(e) =>
                  dispatch({ type: 'checklistSet', itemId: item.id, done: e.target.checked })
                }
              />{' '}
              {pickLanguage(item.text, locale)}
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
