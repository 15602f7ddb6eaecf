// A portal page that embeds the kit, as an agency's developer would after `npm install`.
import { RaciLegend, RaciLegendDialog } from '@partnership-kit/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <main>
      <h1>Partnership</h1>
      <RaciLegendDialog locale="en-CA" />
      <section lang="fr-CA">
        <RaciLegend locale="fr-CA" />
      </section>
    </main>
  </StrictMode>,
);
