import { type Locale, localize, resolveLocale } from '@partnership-kit/core';
import { useCallback, useContext } from 'react';
import { KitContext } from './kit-context';
import { type MessageKey, type MessageOverrides, REACT_MESSAGES } from './messages';

/**
 * The locale in effect: the nearest provider's, or the one a component was given.
 *
 * @example
 * ```tsx
 * const locale = useLocale(); // 'fr-CA' | 'en-CA'
 * ```
 */
export function useLocale(override?: string): Locale {
  const context = useContext(KitContext);
  return override === undefined ? context.locale : resolveLocale(override, context.locale);
}

/** A translate function: `t('raci.undo')`, `t('raci.status.adopted', { date })`. */
export type Translate = (
  key: MessageKey,
  params?: Readonly<Record<string, string | number>>,
) => string;

/**
 * The built-in strings in the locale in effect, with the provider's and the component's
 * overrides applied (component first).
 *
 * @example
 * ```tsx
 * const { t, locale } = useMessages();
 * return <button type="button">{t('raci.undo')}</button>;
 * ```
 */
export function useMessages(options: { locale?: string; messages?: MessageOverrides } = {}) {
  const context = useContext(KitContext);
  const locale = useLocale(options.locale);
  const own = options.messages;
  const t = useCallback<Translate>(
    (key, params) => {
      const side = locale === 'fr-CA' ? 'fr' : 'en';
      const pick = (override: string | Partial<{ fr: string; en: string }> | undefined) =>
        typeof override === 'string' ? override : override?.[side];
      const template =
        pick(own?.[key]) ?? pick(context.messages[key]) ?? localize(REACT_MESSAGES[key], locale);
      return params
        ? template.replace(/\{(\w+)\}/g, (match, name: string) =>
            Object.hasOwn(params, name) ? String(params[name]) : match,
          )
        : template;
    },
    [locale, own, context.messages],
  );
  return { t, locale, issueMessages: context.issueMessages };
}
