// Small process helpers shared by the repository scripts (no dependencies: they must run
// before `pnpm install`, with only Node and npm on the machine).
import { spawnSync } from 'node:child_process';

// On Windows, pnpm, npm and the binaries in node_modules/.bin are .cmd scripts: only a shell
// finds and runs them.
const IS_WINDOWS = process.platform === 'win32';

/** Formats milliseconds as seconds with one decimal: `12.3 s`. */
export function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Runs a command with inherited output; throws when it fails, so callers stop at the first
 * broken step. Returns the time it took in milliseconds.
 */
export function run(command, args, options = {}) {
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', shell: IS_WINDOWS, ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    const printed = [command, ...args].join(' ');
    throw new Error(`\`${printed}\` failed (exit code ${result.status ?? result.signal}).`);
  }
  return performance.now() - started;
}

/** Runs a command and returns its trimmed standard output, or undefined when it fails. */
export function capture(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', shell: IS_WINDOWS, ...options });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** npm settings about how to reach the registry: a user's or a CI machine's, always kept. */
const CONNECTION_SETTINGS =
  /^npm_config_(registry|cafile|ca|cert|key|proxy|https_proxy|noproxy|strict_ssl)$/;

/**
 * A copy of the environment for running a package manager from inside another one. npm and
 * pnpm describe themselves to the scripts they run (`npm_config_user_agent`, prefixes,
 * lifecycle and package fields); the next package manager would read those as its own
 * settings, and tools would misjudge which one is in use. Registry, proxy and CA settings stay.
 */
export function packageManagerEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  for (const key of Object.keys(env)) {
    if (/^npm_/.test(key) && !CONNECTION_SETTINGS.test(key)) delete env[key];
  }
  return env;
}
