// @vitest-environment node
import { caseStudy1, caseStudy2 } from '@partnership-kit/templates/samples';
import { createElement, StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { AgreementTermsForm } from './agreement-terms/AgreementTermsForm';
import { PartnershipKitProvider } from './i18n/PartnershipKitProvider';
import { MeetingLog } from './meeting-log/MeetingLog';
import { SignaturesPanel } from './signatures/SignaturesPanel';

describe('server rendering of the agreement and meeting editors', () => {
  it.each([caseStudy1, caseStudy2])(
    'renders them to HTML without a warning or an error ($id)',
    (partnership) => {
      const error = vi.spyOn(console, 'error');
      const warn = vi.spyOn(console, 'warn');
      const props = { partnership, today: '2027-03-01' };
      const html = renderToString(
        createElement(
          StrictMode,
          null,
          createElement(
            PartnershipKitProvider,
            { locale: 'fr-CA' },
            createElement(AgreementTermsForm, props),
            createElement(SignaturesPanel, props),
            createElement(MeetingLog, props),
          ),
        ),
      );
      expect(html).toContain('Modalités de l’entente');
      expect(html).toContain('data-pk-signatures');
      expect(html).toContain('Rencontres et suivi');
      expect(error).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
    },
  );
});
