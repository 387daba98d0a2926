// Checks on the built files themselves: one page per content entry, no broken internal link.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { expect, test } from 'vitest';
import sharp from 'sharp';
import { brokenLinks } from '../support/gates/links';
import { IMAGE_CACHE_DIR, plannedRenditions } from '../../src/lib/image-presets';
import { TRANSLATED_LOCALES } from '../../src/i18n/locales';
import { DIST, distFileFor, htmlFiles, pageScripts } from '../support/built-site';

/** HTML files of the finder section in any language, e.g. "en/standorte/artern/index.html". */
const STANDORTE_FILE = new RegExp(`^(?:(?:${TRANSLATED_LOCALES.join('|')})/)?standorte/`);

const ROUTE_OF_COLLECTION: Record<string, string> = {
  team: '/team/',
  leitlinien: '/leitlinien/',
  standorte: '/standorte/',
  media: '/medien/',
  pages: '/',
};

/** Collections whose German entries sit in content/<collection>/de/ with translations beside them (Decap i18n). */
const TRANSLATED_COLLECTIONS = new Set(['leitlinien']);

function entryIds(collection: string, dir = join('content', collection, TRANSLATED_COLLECTIONS.has(collection) ? 'de' : ''), prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return entryIds(collection, join(dir, entry.name), `${prefix}${entry.name}/`);
    if (!/\.mdx?$/.test(entry.name) || entry.name.startsWith('_')) return [];
    return [`${prefix}${entry.name.replace(/\.mdx?$/, '')}`.replace(/(^|\/)index$/, '')];
  });
}

test('every entry of every collection has its own page', () => {
  for (const [collection, base] of Object.entries(ROUTE_OF_COLLECTION)) {
    const ids = entryIds(collection);
    expect(ids.length, `${collection} has entries`).toBeGreaterThan(0);
    for (const id of ids) {
      expect(distFileFor(`${base}${id}/`), `${collection}/${id}`).toBeDefined();
    }
  }
});

test('the finder, every location and place page and the Leitlinien exist in every language', () => {
  const germanPaths = ['/', '/standorte/', '/leitlinien/', ...entryIds('standorte').map((id) => `/standorte/${id}/`), ...entryIds('leitlinien').map((id) => `/leitlinien/${id}/`)];
  const places = readdirSync(join(DIST, 'standorte', 'orte'));
  expect(places.length).toBeGreaterThan(10);
  for (const locale of TRANSLATED_LOCALES) {
    for (const path of [...germanPaths, ...places.map((slug) => `/standorte/orte/${slug}/`)]) {
      expect(distFileFor(`/${locale}${path}`), `/${locale}${path}`).toBeDefined();
    }
  }
});

test('no internal link, image or anchor is broken', () => {
  // The checker (tests/support/gates/links.ts) is shown to catch planted defects in quality-gates-planted.test.ts.
  expect(htmlFiles().length).toBeGreaterThan(30);
  expect(brokenLinks(DIST)).toEqual([]);
});

test('robots.txt points to the sitemap and keeps crawlers out of /admin', () => {
  const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
  expect(robots).toContain('Sitemap: https://thinka.de/sitemap-index.xml');
  expect(robots).toContain('Disallow: /admin/');
  // Parsers that take the first matching line must meet the Disallow before "Allow: /".
  expect(robots.indexOf('Disallow: /admin/')).toBeLessThan(robots.indexOf('Allow: /'));
});

test('every page ends with </html> and carries no inline style the CSP would block', () => {
  for (const file of htmlFiles().filter((name) => !name.startsWith('admin/'))) {
    const html = readFileSync(join(DIST, file), 'utf8');
    expect(html.trimEnd().endsWith('</html>'), `${file}: nothing may follow </html>`).toBe(true);
    // style-src 'self' forbids style="…" (Shiki's code blocks would add it; syntax highlighting is off).
    expect(html, file).not.toMatch(/<[a-z][^>]*\sstyle="/i);
  }
});

test('the scripts of the standorte pages stay small (gzip)', () => {
  const seen = new Map<string, number>();
  for (const file of htmlFiles().filter((name) => STANDORTE_FILE.test(name))) {
    for (const { src, gzipBytes } of pageScripts(readFileSync(join(DIST, file), 'utf8'))) seen.set(src, gzipBytes);
  }
  expect(seen.size).toBeGreaterThan(0);
  for (const [src, size] of seen) console.log(`${src}: ${size} bytes gzip`);
  // Everything a standorte page can load together: search, distance sort and live status.
  expect([...seen.values()].reduce((sum, size) => sum + size, 0)).toBeLessThan(8 * 1024);
});

test('a location page offers a contact card exactly when there is one, and the card holds only known facts', () => {
  let cards = 0;
  for (const id of entryIds('standorte')) {
    const html = readFileSync(join(DIST, 'standorte', id, 'index.html'), 'utf8');
    const offered = html.includes(`href="/standorte/${id}.vcf"`);
    expect(existsSync(join(DIST, 'standorte', `${id}.vcf`)), id).toBe(offered);
    if (!offered) continue;
    cards += 1;
    const card = readFileSync(join(DIST, 'standorte', `${id}.vcf`), 'utf8');
    expect(card.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n'), id).toBe(true);
    expect(card.trimEnd().endsWith('END:VCARD'), id).toBe(true);
    expect(card, id).toContain(`URL:https://thinka.de/standorte/${id}/`);
  }
  expect(cards).toBeGreaterThan(0);
});

/** Image files below content/, e.g. content/media/leitlinien-plakat/plakat.png */
function contentImages(dir = join(process.cwd(), 'content')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return contentImages(full);
    return /\.(png|jpe?g|webp|avif|gif|tiff?)$/i.test(entry.name) ? [full] : [];
  });
}

test('optimised images are exactly the planned renditions, cached for the next build, and originals stay unpublished', async () => {
  // Planned renditions per source name ("plakat"), as the CPU budget check measures them.
  const planned = new Map<string, Set<string>>();
  for (const file of contentImages()) {
    const { width = 0, height = 0 } = await sharp(file).metadata();
    const collection = relative(join(process.cwd(), 'content'), file).split(/[/\\]/)[0]!;
    const name = basename(file, extname(file));
    const set = planned.get(name) ?? new Set<string>();
    for (const rendition of plannedRenditions({ width, height }, collection)) set.add(`${rendition.format}@${rendition.width}`);
    planned.set(name, set);
  }
  const SHARP_FORMAT: Record<string, string> = { heif: 'avif', jpeg: 'jpg', webp: 'webp', png: 'png' };
  const assets = readdirSync(join(DIST, '_astro')).filter((file) => /\.(avif|webp|jpe?g|png|gif)$/.test(file));
  const cache = join(process.cwd(), IMAGE_CACHE_DIR, 'assets');
  let renditions = 0;
  for (const file of assets) {
    // Astro names renditions <name>.<8-character hash>_<transform hash>.<ext>; an original has no transform hash.
    const match = /^([^.]+)\.(.{8})(_[^.]+)?\.(\w+)$/.exec(file);
    if (!match || !planned.has(match[1]!)) continue;
    expect(match[3], `${file} is an unprocessed original (camera data would go online)`).toBeDefined();
    const { format = '', width = 0 } = await sharp(join(DIST, '_astro', file)).metadata();
    expect([...planned.get(match[1]!)!], `${file} (${format} ${width}px) is a planned rendition`).toContain(`${SHARP_FORMAT[format]}@${width}`);
    expect(existsSync(join(cache, file)), `${file} is in the image cache`).toBe(true);
    expect(readFileSync(join(cache, file)).equals(readFileSync(join(DIST, '_astro', file))), `${file} equals its cache entry`).toBe(true);
    renditions += 1;
  }
  expect(renditions).toBeGreaterThan(0);
});
