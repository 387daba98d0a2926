// Decap's prebuilt bundle (admin/decap.ts) carries its own react-dom/client, which refuses any React but the one it was built with.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { findModule } from '../../admin/decap';
import { DIACRITICS_MARKERS } from '../../admin/german-ui';
import { decapDistDir, decapFiles } from '../../src/integrations/cms-bundle';

const root = process.cwd();
const installed = (name: string) => (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
// Read once: 4.7 MB, asked by two tests.
const prebuilt = readFileSync(join(decapDistDir(root), 'decap-cms-app.js'), 'utf8');
const pinned = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies;

test('React is exactly the version Decap’s prebuilt react-dom requires (otherwise the CMS stops with React error #527)', () => {
  // react-dom's check, minified: if("19.2.0"!==e)throw Error(o(527,e,"19.2.0"))
  const required = new Set([...prebuilt.matchAll(/if\("([^"]+)"!==\w+\)throw Error\(\w+\(527,/g)].map((match) => match[1]));
  expect(required.size, 'the version check in Decap’s prebuilt react-dom').toBe(1);
  const [version] = required;
  const advice = `Decap ${installed('decap-cms-app')} was built with React ${version}: pin react and react-dom to ${version} in package.json`;
  expect(installed('react'), advice).toBe(version);
  expect(installed('react-dom'), advice).toBe(version);
  expect(pinned['react'], advice).toBe(version);
  expect(pinned['react-dom'], advice).toBe(version);
});

test('/admin/ gets Decap’s script, its chunks, WebAssembly and license notes, not its source maps', () => {
  const files = decapFiles(root);
  expect(files).toContain('decap-cms-app.js');
  expect(files).toContain('decap-cms-app.js.LICENSE.txt');
  expect(files.filter((name) => name.endsWith('.wasm')).length).toBeGreaterThan(0);
  expect(files.filter((name) => /^\d+\.decap-cms-app\.js$/.test(name)).length).toBeGreaterThan(10);
  expect(files.filter((name) => name.endsWith('.map') || name.includes('/'))).toEqual([]);
});

test('Decap’s slug cleaner is found in the prebuilt bundle by its code, and only it', () => {
  // Webpack's module table, cut at each module's start („,91540:(e,t)=>{“), stands in for the factories in the browser.
  const pieces = prebuilt.split(/(?=[,{]\d+:\([\w,]*\)=>\{)/);
  const modules = Object.fromEntries(pieces.map((source, index) => [String(index), { toString: () => source }]));
  const found = findModule(modules, DIACRITICS_MARKERS);
  expect(found, 'the diacritics module in decap-cms-app.js').toBeDefined();
  expect(pieces.filter((source) => DIACRITICS_MARKERS.every((marker) => source.includes(marker)))).toHaveLength(1);
  expect(modules[found!]!.toString()).toMatch(/^[,{]\d+:\(e,t\)=>\{t\.\w+=function\(e\)\{return e\.replace/);
});
