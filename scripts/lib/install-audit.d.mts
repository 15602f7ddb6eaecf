/** A node of `npm ls --all --long --json`. */
export interface NpmTreeNode {
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
  dependencies?: Record<string, NpmTreeNode>;
}

export function npmWarnings(output: string): string[];
export function engineWarnings(output: string): string[];
export function chainsTo(
  tree: NpmTreeNode,
  matches: (name: string, node: NpmTreeNode) => boolean,
): string[][];
export function isRunTime(node: NpmTreeNode): boolean;
export function auditInstall(input: {
  output: string;
  runtimeTree: NpmTreeNode;
  allowVia?: readonly string[];
}): { problems: string[]; allowed: string[] };
