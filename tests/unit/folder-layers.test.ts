// The folders of src/ import each other in one direction only (docs/architektur.md): no cycle, so each layer can be read and tested on its own.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativeImports } from '../support/relative-imports';

const SRC = join(import.meta.dirname, '..', '..', 'src');

/** Folder of src/ → the other folders of src/ its files import, with one example file per edge. */
function folderImports(): Map<string, Map<string, string>> {
  const edges = new Map<string, Map<string, string>>();
  for (const entry of readdirSync(SRC, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(?:ts|astro|mjs)$/.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const from = relative(SRC, file).split('/')[0]!;
    for (const specifier of relativeImports(readFileSync(file, 'utf8'))) {
      const target = relative(SRC, join(dirname(file), specifier));
      const to = target.split('/')[0]!;
      if (target.startsWith('..') || !target.includes('/') || to === from) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      edges.get(from)!.set(to, relative(SRC, file));
    }
  }
  return edges;
}

/** A cycle of folders as "a → b → a", or undefined. */
function findCycle(edges: Map<string, Map<string, string>>): string | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (folder: string): string | undefined => {
    if (state.get(folder) === 'done') return undefined;
    if (state.get(folder) === 'open') return [...path.slice(path.indexOf(folder)), folder].join(' → ');
    state.set(folder, 'open');
    path.push(folder);
    for (const next of edges.get(folder)?.keys() ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(folder, 'done');
    return undefined;
  };
  for (const folder of edges.keys()) {
    const cycle = visit(folder);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('folders of src/', () => {
  const edges = folderImports();

  it('are seen importing each other (the check below has a graph to check)', () => {
    expect(edges.get('pages')?.has('layouts')).toBe(true);
    expect(edges.get('lib')?.has('i18n')).toBe(true);
  });

  it('import in one direction: no cycle between folders', () => {
    expect(findCycle(edges)).toBeUndefined();
  });

  it('finds a cycle when there is one (the check can fail)', () => {
    const planted = new Map([...edges].map(([folder, targets]) => [folder, new Map(targets)]));
    planted.set('i18n', new Map([['lib', 'i18n/planted.ts']]));
    expect(findCycle(planted)).toMatch(/lib → i18n → lib|i18n → lib → i18n/);
  });

  it('pure logic (lib/, i18n/) imports no component, layout, page, data or browser script', () => {
    for (const folder of ['lib', 'i18n']) {
      expect([...(edges.get(folder)?.keys() ?? [])].filter((to) => ['components', 'layouts', 'pages', 'data', 'scripts', 'schemas'].includes(to))).toEqual([]);
    }
  });
});
