export type { Locale } from './i18n/locale';
export {
  DEFAULT_LOCALE,
  isLocale,
  LocaleSchema,
  resolveLocale,
  SUPPORTED_LOCALES,
} from './i18n/locale';
export type { LocalizedText } from './i18n/localized-text';
export { LocalizedTextSchema, localize } from './i18n/localized-text';
export type { RaciLetter } from './raci/raci-letter.schema';
export { RACI_LETTERS, RaciLetterSchema } from './raci/raci-letter.schema';
