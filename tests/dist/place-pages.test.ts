// Every place of every catchment has its own page, listed in the sitemap: checked in the built HTML, no browser.
import { expect, test } from 'vitest';
import { builtPage, sitemapPaths } from '../support/built-site';
import { catchmentEntries, standortIds } from '../support/catchment';

/** The address a place name should get, written out here rather than taken from the site's slug code. */
const placePath = (name: string) =>
  `/standorte/orte/${name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}/`;

const sitemap = new Set(sitemapPaths());
const entries = catchmentEntries();

test('one place page per catchment name, no more', () => {
  expect(entries.length).toBeGreaterThanOrEqual(standortIds().length);
  const placePages = [...sitemap].filter((path) => path.startsWith('/standorte/orte/'));
  expect(placePages).toHaveLength(new Set(entries.map((entry) => entry.name)).size);
});

test.each(entries)('$name: its page names it and links its Anlaufstelle ($standortId)', ({ standortId, name }) => {
  const path = placePath(name);
  expect(sitemap.has(path), `${name} → ${path}`).toBe(true);
  const { document } = builtPage(path);
  const heading = document.querySelector('h1')?.textContent ?? '';
  expect(heading).toContain('Ihre Anlaufstelle');
  expect(heading).toContain(name);
  expect(document.querySelectorAll(`main h2 a[href="/standorte/${standortId}/"]`)).toHaveLength(1);
});
