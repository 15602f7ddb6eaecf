// What a clean install of our packages means, checked on npm's own output and tree (used by
// scripts/check-packages.mjs in the consumer project; no dependencies, like the other scripts):
//   - npm prints no warning at all, in particular no EBADENGINE (a dependency that declares a
//     newer Node than the `engines` we promise, >= 20.19);
//   - no @types/* package is installed as a run-time dependency: type packages belong in the
//     portal's devDependencies, chosen by the portal. Its own dev @types are not counted, even
//     where they also satisfy an optional peer (Radix declares @types/react so): npm flags
//     those nodes dev, devOptional or optional (`npm ls --long --json`), and an
//     `npm install --omit=dev` leaves them out.
// An optional peer the portal installs on purpose (docx) may bring its own: those are allowed
// only below that package, by name (`allowVia`).

/** The `npm warn …` lines of an npm run's output. */
export function npmWarnings(output) {
  return output.split(/\r?\n/).filter((line) => /^npm warn\b/i.test(line));
}

/** The packages (`name@version`) npm reported with EBADENGINE, each once. */
export function engineWarnings(output) {
  const found = new Set();
  for (const block of output.split(/Unsupported engine/).slice(1)) {
    const match = /package: '([^']+)'/.exec(block);
    if (match?.[1]) found.add(match[1]);
  }
  return [...found];
}

/**
 * Every way a package is reached in an `npm ls --all --json` tree: one chain of names per
 * occurrence, from a direct dependency of the project down to the package itself.
 */
export function chainsTo(tree, matches) {
  const chains = [];
  const walk = (dependencies, chain) => {
    for (const [name, node] of Object.entries(dependencies ?? {})) {
      const here = [...chain, name];
      if (matches(name, node ?? {})) chains.push(here);
      walk(node?.dependencies, here);
    }
  };
  walk(tree.dependencies, []);
  return chains;
}

/**
 * Whether a node of `npm ls --long --json` is installed and needed by a production install
 * (an optional peer that is not installed shows as an empty node).
 */
export const isRunTime = (node) =>
  node.version !== undefined && !node.dev && !node.devOptional && !node.optional;

const nameOf = (spec) =>
  spec.slice(0, spec.lastIndexOf('@') > 0 ? spec.lastIndexOf('@') : spec.length);

/**
 * What is wrong with an install: its npm output and the `npm ls --all --omit=dev --long --json`
 * tree after it. Returns readable problems (empty when clean) and what `allowVia` let through.
 */
export function auditInstall({ output, runtimeTree, allowVia = [] }) {
  const problems = [];
  const allowed = [];
  const viaAllowed = (chain) => chain.slice(0, -1).some((name) => allowVia.includes(name));

  const engines = new Set(engineWarnings(output));
  for (const spec of engines) {
    const chains = chainsTo(runtimeTree, (name, node) => name === nameOf(spec) && isRunTime(node));
    if (chains.length > 0 && chains.every(viaAllowed)) {
      allowed.push(`${spec} declares a newer Node (EBADENGINE), via ${chains[0].join(' > ')}`);
    } else {
      const via = chains.map((chain) => chain.join(' > ')).join('; ') || 'not in the run-time tree';
      problems.push(`EBADENGINE: ${spec} declares a Node version we do not require (${via})`);
    }
  }
  for (const line of npmWarnings(output)) {
    if (!/EBADENGINE/.test(line)) problems.push(`npm printed a warning: ${line}`);
  }

  const types = chainsTo(
    runtimeTree,
    (name, node) => name.startsWith('@types/') && isRunTime(node),
  );
  for (const chain of types) {
    const name = chain.at(-1);
    if (viaAllowed(chain)) allowed.push(`${name} is a run-time dependency of ${chain.join(' > ')}`);
    else problems.push(`${name} is installed as a run-time dependency: ${chain.join(' > ')}`);
  }
  return { problems, allowed: [...new Set(allowed)] };
}
