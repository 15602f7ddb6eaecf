import { type ClientPathway, organizationLabel, type Partnership } from '@partnership-kit/core';
import { primaryContact } from '@partnership-kit/core/rules';
import { useMemo } from 'react';
import type { PathwayTranslate } from './pathway.messages';

/** The organization's name for a message or a line, or its id marked unknown. */
export function organizationName(p: Partnership, id: string, t: PathwayTranslate): string {
  const organization = p.organizations.find((o) => o.id === id);
  return organization ? organizationLabel(organization) : t('editor.unknownOrganization', { id });
}

/**
 * Who the primary contact is at each phase, for a job seeker who first contacted `chosen` (by
 * default the lead of the first phase, where intake usually is): core's `primaryContact`, with
 * each phase's lead taken as its main provider (PATH-1..3).
 */
export function usePrimaryContacts(
  p: Partnership,
  pathway: ClientPathway,
  chosen: string | undefined,
) {
  return useMemo(() => {
    const known = new Set(p.organizations.map((o) => o.id));
    const fallback = pathway.phases[0]?.leadOrganizationId;
    const first =
      chosen !== undefined && known.has(chosen)
        ? chosen
        : fallback !== undefined && known.has(fallback)
          ? fallback
          : p.organizations[0]?.id;
    const byPhase = new Map<string, string>();
    if (first !== undefined) {
      for (const phase of pathway.phases) {
        const at = primaryContact(pathway, {
          firstContactOrganizationId: first,
          currentPhaseId: phase.id,
        });
        byPhase.set(phase.id, at.organizationId);
      }
    }
    return { first, byPhase };
  }, [p.organizations, pathway, chosen]);
}
