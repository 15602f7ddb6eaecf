// Type-checked by scripts/check-packages.mjs (tsconfig.json): a portal page in TypeScript, ESM.
import '@partnership-kit/react/styles.css';
import { createPartnership, type Partnership } from '@partnership-kit/core';
import { FfpmGrid, PartnershipKitProvider } from '@partnership-kit/react';
import { AgreementPreview } from '@partnership-kit/react/preview';
import { PartnershipWorkspace } from '@partnership-kit/react/workspace';
import { useState } from 'react';

export function PartnershipPage({ initial }: { readonly initial?: Partnership }) {
  const [partnership, setPartnership] = useState(
    () =>
      initial ?? createPartnership({ name: { fr: 'Emploi inclusif', en: 'Inclusive employment' } }),
  );
  return (
    <PartnershipKitProvider locale="fr-CA">
      <FfpmGrid
        value={partnership.swot}
        onValueChange={(swot) => setPartnership({ ...partnership, swot })}
      />
      <AgreementPreview
        partnership={partnership}
        loadDocx={() => import('@partnership-kit/templates/docx')}
        loadPdf={() => import('@partnership-kit/templates/pdf')}
      />
      <PartnershipWorkspace defaultValue={partnership} />
    </PartnershipKitProvider>
  );
}
