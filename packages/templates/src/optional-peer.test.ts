import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { HEAVY_TEST_MS } from '../test/budgets';
import { buildDocument } from './document/build-document';
import {
  DOCX_PEER,
  loadOptionalPeer,
  MISSING_PEER_CODE,
  MissingPeerDependencyError,
  PDFKIT_PEER,
} from './optional-peer';
import { caseStudy1 } from './samples';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The errors Node gives for a package that is not installed, in ESM and in CommonJS. */
const notInstalled = {
  esm: () =>
    Object.assign(new Error("Cannot find package 'docx' imported from /app/dist/docx.js"), {
      code: 'ERR_MODULE_NOT_FOUND',
    }),
  cjs: () =>
    Object.assign(new Error("Cannot find module 'docx'\nRequire stack:\n- /app/dist/docx.cjs"), {
      code: 'MODULE_NOT_FOUND',
    }),
};

describe('loadOptionalPeer', () => {
  it('gives what the import gives when the package is there', async () => {
    await expect(loadOptionalPeer(DOCX_PEER, async () => ({ ok: true }))).resolves.toEqual({
      ok: true,
    });
  });

  it.each(['esm', 'cjs'] as const)(
    'names the package and how to install it when it is missing (%s)',
    async (kind) => {
      const failure = notInstalled[kind]();
      const loading = loadOptionalPeer(DOCX_PEER, () => Promise.reject(failure));
      await expect(loading).rejects.toBeInstanceOf(MissingPeerDependencyError);
      await expect(loading).rejects.toMatchObject({
        code: MISSING_PEER_CODE,
        cause: failure,
        message:
          '@partnership-kit/templates/docx needs the "docx" package, which is not installed. ' +
          'Add it to your project beside @partnership-kit/templates: npm install docx@"^9.15.2"',
      });
    },
  );

  it('lets any other failure through unchanged, even a missing file inside the package', async () => {
    const inside = Object.assign(new Error("Cannot find module './lib/zip.js'"), {
      code: 'MODULE_NOT_FOUND',
    });
    const broken = new SyntaxError('Unexpected token');
    await expect(loadOptionalPeer(DOCX_PEER, () => Promise.reject(inside))).rejects.toBe(inside);
    await expect(loadOptionalPeer(DOCX_PEER, () => Promise.reject(broken))).rejects.toBe(broken);
  });
});

describe('the docx optional peer', () => {
  it('is declared as an optional peer with the range the error message gives, and installed for our tests', () => {
    expect(manifest.dependencies?.docx).toBeUndefined();
    expect(manifest.peerDependencies?.docx).toBe(DOCX_PEER.range);
    expect(manifest.peerDependenciesMeta?.docx).toEqual({ optional: true });
    expect(manifest.devDependencies?.docx).toBeDefined();
  });

  // Re-imports the renderer's module graph: budgeted like the other DOCX tests.
  it('makes renderDocx fail with the clear error when docx is not installed', {
    timeout: HEAVY_TEST_MS,
  }, async () => {
    vi.resetModules();
    vi.doMock('docx', () => {
      throw notInstalled.esm();
    });
    try {
      const { renderDocx } = await import('./docx/render-docx');
      // A fresh copy of the module graph: compare the code, not the class.
      await expect(
        renderDocx(buildDocument('mou', caseStudy1, { locale: 'en' })),
      ).rejects.toMatchObject({
        code: MISSING_PEER_CODE,
        message: expect.stringMatching(
          /^@partnership-kit\/templates\/docx needs the "docx" package/,
        ),
      });
    } finally {
      vi.doUnmock('docx');
      vi.resetModules();
    }
  });
});

describe('the pdfkit optional peer', () => {
  it('is declared as an optional peer with the range the error message gives, and installed for our tests', () => {
    expect(manifest.dependencies?.pdfkit).toBeUndefined();
    expect(manifest.peerDependencies?.pdfkit).toBe(PDFKIT_PEER.range);
    expect(manifest.peerDependenciesMeta?.pdfkit).toEqual({ optional: true });
    expect(manifest.devDependencies?.pdfkit).toBeDefined();
  });

  // Re-imports the renderer's module graph: budgeted like the other PDF tests.
  it('makes renderPdf fail with the clear error when pdfkit is not installed', {
    timeout: HEAVY_TEST_MS,
  }, async () => {
    vi.resetModules();
    vi.doMock('pdfkit', () => {
      throw Object.assign(
        new Error("Cannot find package 'pdfkit' imported from /app/dist/pdf-document.js"),
        { code: 'ERR_MODULE_NOT_FOUND' },
      );
    });
    try {
      const { renderPdf } = await import('./pdf/render-pdf');
      await expect(
        renderPdf(buildDocument('mou', caseStudy1, { locale: 'en' })),
      ).rejects.toMatchObject({
        code: MISSING_PEER_CODE,
        message:
          '@partnership-kit/templates/pdf needs the "pdfkit" package, which is not installed. ' +
          'Add it to your project beside @partnership-kit/templates: npm install pdfkit@"^0.20.2"',
      });
    } finally {
      vi.doUnmock('pdfkit');
      vi.resetModules();
    }
  });
});
