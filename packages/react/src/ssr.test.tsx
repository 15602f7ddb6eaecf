// @vitest-environment node
import { caseStudy1 } from '@partnership-kit/templates/samples';
import { createElement, StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { FfpmGrid } from './ffpm-grid/FfpmGrid';
import { PartnershipKitProvider } from './i18n/PartnershipKitProvider';
import { RaciMatrix } from './raci-matrix/RaciMatrix';

describe('server rendering (Next.js App Router pages)', () => {
  it('renders the matrix and the SWOT grid to HTML without a warning or an error', () => {
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    const html = renderToString(
      createElement(
        StrictMode,
        null,
        createElement(
          PartnershipKitProvider,
          { locale: 'fr-CA' },
          createElement(RaciMatrix, {
            'aria-label': 'Rôles',
            organizations: caseStudy1.organizations,
            defaultValue: caseStudy1.raci,
          }),
          createElement(FfpmGrid, { defaultValue: caseStudy1.swot }),
        ),
      ),
    );
    expect(html).toContain('role="grid"');
    expect(html).toContain('Analyse FFPM');
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });
});
