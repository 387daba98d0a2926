/**
 * The environment an npm script sets before its command: its leading NAME=value words. `npm run build` sets the
 * memory settings there (docs/benchmarks.md, „Echter Build“); the benchmark reads them so it measures that build.
 */
export function scriptEnvironment(script: string): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const word of script.trim().split(/\s+/)) {
    const assignment = /^([A-Z_][A-Z0-9_]*)=(\S*)$/.exec(word);
    if (!assignment) break;
    environment[assignment[1]!] = assignment[2]!;
  }
  return environment;
}
