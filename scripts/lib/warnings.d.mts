export function findWarnings(output: string): string[];
