// The search index is taken from .cache/pagefind/ only when the pages Pagefind reads are byte for byte the same
// (src/integrations/pagefind.ts): judged by the key over a small built site.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { germanPages, germanPagesGlob, indexKey } from '../../src/integrations/pagefind';

let site: string;
beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'thinka-pagefind-'));
  for (const [file, text] of Object.entries({
    'index.html': '<main data-pagefind-body>Start</main>',
    '404.html': '<main>Nicht gefunden</main>',
    'standorte/jena/index.html': '<main data-pagefind-body>Jena</main>',
    'en/standorte/jena/index.html': '<main>Jena (English)</main>',
    '_astro/app.js': 'export {}',
    'pagefind/pagefind.js': 'export {}',
    'admin/index.html': '<div id="nc-root"></div>',
  }))
    write(file, text);
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

function write(file: string, text: string) {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  writeFileSync(join(site, file), text);
}

test('reads the German pages only: not the translations, the assets, the search bundle or the CMS', () => {
  expect(germanPages(site)).toEqual(['404.html', 'index.html', 'standorte/jena/index.html']);
  expect(germanPagesGlob(site)).toBe('{*.html,standorte/**/*.html}');
});

test('the key changes with a German page, a new German page or another Pagefind version, not with a translation', () => {
  const key = indexKey(site, '1.6.0');
  expect(indexKey(site, '1.6.0')).toBe(key);
  write('en/standorte/jena/index.html', '<main>Jena (changed English)</main>');
  expect(indexKey(site, '1.6.0')).toBe(key);
  expect(indexKey(site, '1.7.0')).not.toBe(key);
  write('standorte/jena/index.html', '<main data-pagefind-body>Jena, neue Zeiten</main>');
  const changed = indexKey(site, '1.6.0');
  expect(changed).not.toBe(key);
  write('standorte/gera/index.html', '<main data-pagefind-body>Gera</main>');
  expect(indexKey(site, '1.6.0')).not.toBe(changed);
});
