import {
  type BilingualText,
  CLAUSE_IDS,
  type ClauseId,
  isEmptyText,
  type LocalizedText,
} from '@partnership-kit/core';
import {
  CLAUSE_NAMES,
  type ClauseRequirement,
  clauseContextOf,
  clauseRequirement,
  clauseSuggestion,
} from '@partnership-kit/core/rules';
import { useEffect, useState } from 'react';
import { fieldId } from '../editors/field-ids';
import { BilingualTextField } from '../fields/BilingualTextField';
import type { TermsContext } from './terms-context';

const LANGUAGE_TAGS = { fr: 'fr-CA', en: 'en-CA' } as const;

/**
 * Every clause the partners may hold (`CLAUSE_IDS`), each a bilingual text: first those this
 * partnership requires (AGR-5 termination and conflict resolution, and the rest by kind), then
 * the optional ones, then — folded away unless one is written — those a document of this kind
 * does not usually hold. A clause is in the document only when it is written here (AGR-5: one
 * truth); the guide's wording is offered beside an empty clause, never saved until accepted.
 */
export function ClauseFields({ ctx }: { readonly ctx: TermsContext }) {
  const { agreement, partnership, t, subHeading: Heading } = ctx;
  const context = clauseContextOf(partnership);
  const byRequirement = (wanted: ClauseRequirement) =>
    CLAUSE_IDS.filter((clause) => clauseRequirement(clause, context) === wanted);
  const others = byRequirement('not-applicable');
  const anyOtherHeld = others.some((clause) => !isEmptyText(agreement.clauses[clause]));
  const field = (clause: ClauseId, requirement: ClauseRequirement) => (
    <ClauseField key={clause} clause={clause} requirement={requirement} ctx={ctx} />
  );
  return (
    <section data-part="clauses" aria-labelledby={fieldId(['agreement', 'clauses'])}>
      <Heading id={fieldId(['agreement', 'clauses'])} tabIndex={-1}>
        {t('terms.clauses')}
      </Heading>
      <p data-part="hint">{t('terms.clauses.intro')}</p>
      {byRequirement('required').map((clause) => field(clause, 'required'))}
      {byRequirement('optional').map((clause) => field(clause, 'optional'))}
      {others.length > 0 ? (
        <details data-part="other-clauses" open={anyOtherHeld || undefined}>
          <summary>{t('terms.clauses.other', { count: others.length })}</summary>
          {others.map((clause) => field(clause, 'not-applicable'))}
        </details>
      ) : null}
    </section>
  );
}

function ClauseField({
  clause,
  requirement,
  ctx,
}: {
  readonly clause: ClauseId;
  readonly requirement: ClauseRequirement;
  readonly ctx: TermsContext;
}) {
  const { agreement, partnership, dispatch, feedback, readOnly, t, lang } = ctx;
  const id = fieldId(['agreement', 'clauses', clause]);
  const name = CLAUSE_NAMES[clause][lang];
  const value = agreement.clauses[clause] ?? {};
  const suggestion = clauseSuggestion(clause, agreement.kind);
  // The wording as it would be saved: in the reader's language when the partnership is written in it.
  const shownIn = partnership.languages.includes(lang) ? lang : partnership.primaryLanguage;
  const [focusAfterUse, setFocusAfterUse] = useState(false);
  useEffect(() => {
    if (!focusAfterUse) return;
    document.getElementById(`${id}-${partnership.languages[0] ?? 'fr'}`)?.focus();
    setFocusAfterUse(false);
  }, [focusAfterUse, id, partnership.languages]);
  const set = (text: LocalizedText | undefined) =>
    dispatch({ type: 'set', path: ['clauses', clause], value: text });
  const hints = [
    requirement === 'required'
      ? t('terms.clause.required', { kind: agreement.kind })
      : requirement === 'optional'
        ? t('terms.clause.optional')
        : t('terms.clause.not-applicable', { kind: agreement.kind }),
    clause === 'termination' ? t('terms.clause.termination') : undefined,
    clause === 'decisionMaking' ? t('terms.clause.decisionMaking') : undefined,
  ];
  const use = (text: BilingualText) => {
    // Only the partnership's languages: a French-only partnership keeps no English text.
    const accepted: LocalizedText = Object.fromEntries(
      partnership.languages.map((language) => [language, text[language]]),
    );
    if (set(accepted).rejection) return;
    ctx.announce(t('terms.suggestion.used', { clause: name }));
    setFocusAfterUse(true);
  };
  return (
    <div data-part="clause" data-clause={clause} data-requirement={requirement}>
      <BilingualTextField
        id={id}
        label={name}
        hint={hints.filter(Boolean).join(' ')}
        value={value}
        // An emptied clause is no clause: it leaves the document (and the lint lists it if needed).
        onValueChange={(text) => set(isEmptyText(text) ? undefined : text)}
        languages={partnership.languages}
        multiline
        rows={4}
        readOnly={readOnly}
        error={feedback.messageOf(id, name)}
      />
      {suggestion && isEmptyText(value) && !readOnly ? (
        <div data-part="suggestion">
          <p data-part="suggestion-label">{t('terms.suggestion')}</p>
          <blockquote lang={LANGUAGE_TAGS[shownIn]}>{suggestion[shownIn]}</blockquote>
          <button
            type="button"
            data-variant="secondary"
            aria-label={t('terms.suggestion.useFor', { clause: name })}
            onClick={() => use(suggestion)}
          >
            {t('terms.suggestion.use')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
