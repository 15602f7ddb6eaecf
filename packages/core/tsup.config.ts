import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared.ts';

export default defineConfig(
  packageBuild({
    // The document in the main entry; the RACI engine, the guide's rules, the editing reducers
    // and issue wording each in a subpath of its own, so that an app ships only what it uses.
    // Code the entries share goes to chunks (splitting), not into each entry.
    entry: {
      index: 'src/index.ts',
      raci: 'src/raci.ts',
      rules: 'src/rules.ts',
      editing: 'src/editing.ts',
      issues: 'src/issues.ts',
      csv: 'src/csv.ts',
      format: 'src/format.ts',
    },
    splitting: true,
  }),
);
