import { readFile, writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import {
  keepClientDirectiveFirst,
  packageBuild,
  putClientDirectiveFirst,
} from '../../tsup.shared.ts';

/** The theme as one stylesheet: `@import "./styles/x.css";` lines replaced by the files. */
async function bundleStyles() {
  const entry = await readFile('src/styles.css', 'utf8');
  const parts = await Promise.all(
    [...entry.matchAll(/^@import "\.\/(styles\/[\w-]+\.css)";$/gm)].map(async ([line, file]) => ({
      line,
      css: await readFile(`src/${file}`, 'utf8'),
    })),
  );
  const css = parts.reduce((out, { line, css }) => out.replace(line, css.trim()), entry);
  if (/@import/.test(css)) throw new Error('styles.css: an @import was left unresolved');
  await writeFile('dist/styles.css', css);
}

/** The main entry (grids and forms) and the subpaths a portal imports when it needs them. */
const ENTRIES = {
  index: 'src/index.ts',
  guide: 'src/guide.ts',
  preview: 'src/preview.ts',
  editors: 'src/editors.ts',
  workspace: 'src/workspace.ts',
  messages: 'src/messages.ts',
};

export default defineConfig(
  packageBuild({
    plugins: [keepClientDirectiveFirst()],
    // The optional theme ships as plain CSS (`@partnership-kit/react/styles.css`), with an empty
    // declaration for each module kind so that TypeScript resolves the import (src/styles.css.ts).
    dts: { entry: { ...ENTRIES, 'styles.css': 'src/styles.css.ts' } },
    entry: ENTRIES,
    // Code the entries share goes to chunks, and the task and role dialog, loaded when first
    // opened, to a chunk of its own.
    splitting: true,
    onSuccess: async () => {
      await bundleStyles();
      await putClientDirectiveFirst(
        Object.keys(ENTRIES).flatMap((name) => [`dist/${name}.js`, `dist/${name}.cjs`]),
      );
    },
  }),
);
