// A portal page that embeds the kit, as an agency's developer would after `npm install`.
import '@partnership-kit/react/styles.css';
import { RaciLegend, RaciLegendDialog, RaciMatrix } from '@partnership-kit/react';
import { caseStudy1 } from '@partnership-kit/templates/samples';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <main>
      <h1>Partnership</h1>
      <RaciLegendDialog locale="en-CA" />
      <RaciMatrix
        aria-label="Who does what"
        locale="en-CA"
        organizations={caseStudy1.organizations}
        defaultValue={caseStudy1.raci}
      />
      <section lang="fr-CA">
        <RaciLegend locale="fr-CA" />
      </section>
    </main>
  </StrictMode>,
);
