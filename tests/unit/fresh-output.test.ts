// dist/ swept after a build instead of emptied before it (src/integrations/fresh-output.ts): judged by the files on disk.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { BUILD_MARKER, sweepStaleFiles } from '../../src/integrations/fresh-output';

let dist: string;
beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'thinka-fresh-output-'));
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

const write = (relativePath: string) => {
  mkdirSync(dirname(join(dist, relativePath)), { recursive: true });
  writeFileSync(join(dist, relativePath), relativePath);
};
/** A file of an earlier build: written an hour ago. */
const writeEarlier = (relativePath: string) => {
  write(relativePath);
  const anHourAgo = new Date(Date.now() - 3_600_000);
  utimesSync(join(dist, relativePath), anHourAgo, anHourAgo);
};

test('deletes what the build did not write, and folders left empty; keeps what it wrote and .git', () => {
  for (const file of ['standorte/entfernt/index.html', 'standorte/entfernt/index.html.br', '_astro/app.OLDHASH.js', 'index.html.gz', '.git/HEAD', 'standorte/jena/foto.jpg']) {
    writeEarlier(file);
  }
  write(BUILD_MARKER);
  const since = statSync(join(dist, BUILD_MARKER)).mtimeMs;
  // This build: the start page (rewritten in place), Jena's page and a new hashed script; the last step compressed
  // every text file it found, the old script too.
  for (const file of ['index.html', 'standorte/jena/index.html', '_astro/app.NEWHASH.js', '_astro/app.OLDHASH.js.br', '_astro/app.OLDHASH.js.gz']) write(file);

  expect(sweepStaleFiles(dist, since)).toBe(7);
  for (const kept of ['index.html', 'standorte/jena/index.html', '_astro/app.NEWHASH.js', '.git/HEAD', BUILD_MARKER]) expect(existsSync(join(dist, kept)), kept).toBe(true);
  for (const gone of ['standorte/entfernt', '_astro/app.OLDHASH.js', '_astro/app.OLDHASH.js.br', '_astro/app.OLDHASH.js.gz', 'index.html.gz', 'standorte/jena/foto.jpg'])
    expect(existsSync(join(dist, gone)), gone).toBe(false);
});

test('files written right after the marker, in the same clock tick, are kept', () => {
  write(BUILD_MARKER);
  const since = statSync(join(dist, BUILD_MARKER)).mtimeMs;
  for (let n = 0; n < 50; n++) write(`seiten/${n}/index.html`);
  expect(sweepStaleFiles(dist, since)).toBe(0);
  expect(existsSync(join(dist, 'seiten/49/index.html'))).toBe(true);
});
