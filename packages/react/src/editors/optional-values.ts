// How editors store what a person cleared: optional fields are removed, not kept empty.

/** An optional plain text: what was typed, or `undefined` (the field removed) once it is blank. */
export const optionalText = (text: string): string | undefined =>
  text.trim() === '' ? undefined : text;

/**
 * An optional bilingual text: the text, or `undefined` once both sides are empty. Sides with
 * only spaces are kept, so that a text can start with one without losing the keystroke.
 */
export const optionalLocalized = <T extends { readonly fr?: string; readonly en?: string }>(
  text: T,
): T | undefined => (!text.fr && !text.en ? undefined : text);
