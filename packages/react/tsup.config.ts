import { readFile, writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { keepClientDirectiveFirst, packageBuild } from '../../tsup.shared.ts';

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

export default defineConfig(
  packageBuild({
    plugins: [keepClientDirectiveFirst()],
    // The optional theme ships as plain CSS (`@partnership-kit/react/styles.css`), with an empty
    // declaration for each module kind so that TypeScript resolves the import (src/styles.css.ts).
    dts: { entry: { index: 'src/index.ts', 'styles.css': 'src/styles.css.ts' } },
    onSuccess: bundleStyles,
  }),
);
