// The npm scripts run TypeScript with plain Node, which resolves no missing file extension: every relative import they reach must name its file exactly.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { relativeImports } from '../support/relative-imports';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every file reached through relative imports from `entry`, with the imports that name no existing file. */
function walk(entry: string): { files: string[]; unresolved: string[] } {
  const seen = new Set<string>();
  const unresolved: string[] = [];
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(?:ts|mjs|js)$/.test(file)) continue;
    for (const specifier of relativeImports(readFileSync(file, 'utf8'))) {
      const target = join(dirname(file), specifier);
      if (existsSync(target)) pending.push(target);
      else unresolved.push(`${relative(ROOT, file)}: ${specifier}`);
    }
  }
  return { files: [...seen], unresolved };
}

const nodeEntries = Object.entries(packageJson.scripts).flatMap(([name, command]) =>
  [...command.matchAll(/\bnode\s+(scripts\/\S+\.(?:ts|mjs))/g)].map((match) => [name, match[1]!] as const),
);

describe('npm scripts run by Node', () => {
  it('are found in package.json (the check below has something to check)', () => {
    expect(nodeEntries.map(([name]) => name)).toEqual(expect.arrayContaining(['benchmark', 'datenstand', 'gazetteer', 'build:cms']));
  });

  it.each(nodeEntries)('npm run %s: every relative import names an existing file', (_, entry) => {
    const { files, unresolved } = walk(join(ROOT, entry));
    expect(files.length).toBeGreaterThan(0);
    expect(unresolved).toEqual([]);
  });
});
