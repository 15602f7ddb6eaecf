import { copyFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { keepClientDirectiveFirst, packageBuild } from '../../tsup.shared.ts';

export default defineConfig(
  packageBuild({
    plugins: [keepClientDirectiveFirst()],
    // The optional theme ships as plain CSS (`@partnership-kit/react/styles.css`), with an empty
    // declaration for each module kind so that TypeScript resolves the import (src/styles.css.ts).
    dts: { entry: { index: 'src/index.ts', 'styles.css': 'src/styles.css.ts' } },
    onSuccess: async () => copyFile('src/styles.css', 'dist/styles.css'),
  }),
);
