/**
 * A package that one entry of ours needs, declared as an optional peer dependency: the portal
 * installs it only if it imports that entry, so no one else downloads it (nor what it pulls: docx
 * brings `@types/node` and a `nanoid` that declares Node 22). Each entry that needs one loads it
 * with {@link loadOptionalPeer}; `package.json` lists it in `peerDependencies` (the same range) and
 * `peerDependenciesMeta` (optional), and in `devDependencies` for our own tests.
 */
export interface OptionalPeer {
  /** The npm package. */
  readonly name: string;
  /** The range we support: the one in `peerDependencies`. */
  readonly range: string;
  /** Our entry point that needs it. */
  readonly entry: string;
}

/** `docx`, which `@partnership-kit/templates/docx` writes Word files with. */
export const DOCX_PEER: OptionalPeer = {
  name: 'docx',
  range: '^9.15.2',
  entry: '@partnership-kit/templates/docx',
};

/** `pdfkit`, which `@partnership-kit/templates/pdf` writes tagged PDF files with. */
export const PDFKIT_PEER: OptionalPeer = {
  name: 'pdfkit',
  range: '^0.20.2',
  entry: '@partnership-kit/templates/pdf',
};

/** The `code` of the error thrown when an optional peer dependency is not installed. */
export const MISSING_PEER_CODE = 'PARTNERSHIP_KIT_MISSING_PEER';

/**
 * Thrown when an entry needs an optional peer dependency that is not installed. The message is
 * for the developer who wires the entry in, never shown to the people using the portal.
 */
export class MissingPeerDependencyError extends Error {
  readonly code = MISSING_PEER_CODE;
  readonly peer: OptionalPeer;

  constructor(peer: OptionalPeer, cause: unknown) {
    super(
      `${peer.entry} needs the "${peer.name}" package, which is not installed. ` +
        `Add it to your project beside @partnership-kit/templates: npm install ${peer.name}@"${peer.range}"`,
      { cause },
    );
    this.name = 'MissingPeerDependencyError';
    this.peer = peer;
  }
}

/** Whether an import failed because `name` itself cannot be found (not one of its own files). */
function isMissing(error: unknown, name: string): boolean {
  const quoted = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Node ESM: "Cannot find package 'docx' imported from …"; CommonJS: "Cannot find module 'docx'".
  const notFound = new RegExp(`Cannot find (?:package|module) ['"]${quoted}['"]`);
  // Loaders (a test runner, a dev server) may wrap Node's error: look along the causes too.
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; depth += 1) {
    const { code } = cause as { code?: unknown };
    if (
      (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') &&
      notFound.test(cause.message)
    ) {
      return true;
    }
    cause = cause.cause;
  }
  return false;
}

/**
 * Loads an optional peer dependency with the `import()` it is given (written out at the call
 * site, `() => import('docx')`, so that bundlers see it and split it into a chunk of its own).
 * When the package is not installed, rejects with a {@link MissingPeerDependencyError} that names
 * it and the command to install it; any other failure comes through as it is.
 *
 * @example
 * ```ts
 * const docx = await loadOptionalPeer(DOCX_PEER, () => import('docx'));
 * ```
 */
export async function loadOptionalPeer<T>(peer: OptionalPeer, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isMissing(error, peer.name)) throw new MissingPeerDependencyError(peer, error);
    throw error;
  }
}
