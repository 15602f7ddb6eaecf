import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared.ts';

export default defineConfig(
  packageBuild({
    entry: {
      index: 'src/index.ts',
      docx: 'src/docx.ts',
      pdf: 'src/pdf.ts',
      samples: 'src/samples.ts',
    },
    // The DOCX entry loads its docx-importing half with import() (docx is an optional peer):
    // splitting keeps that half in a chunk of its own, with static imports bundlers tree-shake,
    // instead of inlining it. Code the entries share goes to chunks too.
    splitting: true,
  }),
);
