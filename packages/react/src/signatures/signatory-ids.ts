import type { Language, Signatory } from '@partnership-kit/core';
import { shown } from '../raci-matrix/raci-matrix.labels';

/** The id of the button that adds a signatory for an organization (issues about it link there). */
export const addSignatoryId = (base: string, organizationId: string) =>
  `${base}-add-${organizationId.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** A signatory's name for labels and announcements: the typed name, else the title. */
export function signatoryName(signatory: Signatory, lang: Language, untitled: string): string {
  return signatory.name?.trim() || shown(signatory.title ?? {}, lang, untitled).text;
}
