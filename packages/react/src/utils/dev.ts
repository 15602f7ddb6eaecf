// `process.env.NODE_ENV` is replaced by bundlers; where nothing replaces it (a plain ESM import in
// a browser), `process` does not exist, so look before touching it.
declare const process: { env: { NODE_ENV?: string } } | undefined;

/** Whether development-only warnings should run. */
export function isDevelopment(): boolean {
  return typeof process !== 'undefined' && process.env.NODE_ENV !== 'production';
}

const warned = /* @__PURE__ */ (() => new Set<string>())();

/** Warns once per message, in development only. */
export function warnOnce(message: string): void {
  if (!isDevelopment() || warned.has(message)) return;
  warned.add(message);
  console.warn(`partnership-kit: ${message}`);
}
