import { copyFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { keepClientDirectiveFirst, packageBuild } from '../../tsup.shared.ts';

export default defineConfig(
  packageBuild({
    plugins: [keepClientDirectiveFirst()],
    // The optional theme ships as plain CSS (`@partnership-kit/react/styles.css`).
    onSuccess: async () => copyFile('src/styles.css', 'dist/styles.css'),
  }),
);
