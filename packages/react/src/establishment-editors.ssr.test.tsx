import type { Partnership } from '@partnership-kit/core';
import { caseStudy1 } from '@partnership-kit/templates/samples';
import { act } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { PartnershipKitProvider } from './i18n/PartnershipKitProvider';
import { OrganizationsEditor } from './organizations/OrganizationsEditor';
import { PathwayEditor } from './pathway/PathwayEditor';
import { PurposeScopeForm } from './purpose-scope/PurposeScopeForm';
import { ResourcesEditor } from './resources/ResourcesEditor';

/** The four establishment editors on one page, in document mode, as a portal puts them. */
function Page({ partnership }: { partnership: Partnership }) {
  const save = () => undefined;
  return (
    <StrictMode>
      <PartnershipKitProvider locale="fr-CA">
        <OrganizationsEditor partnership={partnership} onPartnershipChange={save} />
        <PurposeScopeForm partnership={partnership} onPartnershipChange={save} />
        <ResourcesEditor partnership={partnership} onPartnershipChange={save} />
        <PathwayEditor partnership={partnership} onPartnershipChange={save} />
      </PartnershipKitProvider>
    </StrictMode>
  );
}

describe('server rendering of the establishment editors (Next.js App Router pages)', () => {
  it('renders to HTML and hydrates without a warning or an error', async () => {
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    const html = renderToString(<Page partnership={caseStudy1} />);
    expect(html).toContain('Organismes partenaires');
    expect(html).toContain('Contact principal');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const mismatches: unknown[] = [];
    const root = await act(async () =>
      hydrateRoot(container, <Page partnership={caseStudy1} />, {
        onRecoverableError: (cause) => mismatches.push(cause),
      }),
    );
    expect(mismatches).toEqual([]);
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    act(() => root.unmount());
    container.remove();
  });
});
