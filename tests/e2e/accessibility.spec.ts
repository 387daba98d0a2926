// WCAG 2.2 AA, checked by axe-core on every page of the sitemap (every language), the search page with a query
// and the 404 page. Any violation fails the test and is listed with rule, impact and the offending elements.
// Target size (2.5.8) and colour contrast are among the rules; tests/e2e/wcag-checks.spec.ts adds what axe cannot see.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './support/site';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const EXTRA_PATHS = ['/suche/?q=Beratung', '/gibt-es-nicht/'];

async function violations(page: Page): Promise<string[]> {
  // The site has no frames (checked here), so axe can run inside the page itself ("legacy mode") instead of
  // opening a helper page for frame results: half the time for the same rules. Only violations are collected.
  expect(await page.locator('iframe, frame').count()).toBe(0);
  // options() replaces the whole option object, so it comes before withTags().
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} – ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

const paths = [...sitemapPaths(), ...EXTRA_PATHS];

test('the sweep covers every language of the site', () => {
  for (const prefix of ['/en/', '/uk/', '/ru/', '/ar/', '/fa/']) expect(paths.some((path) => path.startsWith(prefix)), prefix).toBe(true);
  console.log(`axe: ${paths.length} Adressen (${sitemapPaths().length} aus der Sitemap, dazu ${EXTRA_PATHS.join(', ')})`);
});

for (const path of paths) {
  test(`axe: no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(path === '/gibt-es-nicht/' ? 404 : 200);
    if (path.startsWith('/suche/?q=')) await expect(page.getByRole('status')).toContainText('Treffer');
    expect(await violations(page)).toEqual([]);
  });
}
