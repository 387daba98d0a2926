// WCAG 2.2 AA, checked by axe-core on every page of the sitemap (every language), the search page with a query
// and the 404 page. Any violation fails the test and is listed with rule, impact and the offending elements.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './support/site';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const EXTRA_PATHS = ['/suche/?q=Beratung', '/gibt-es-nicht/'];

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} – ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

for (const path of [...sitemapPaths(), ...EXTRA_PATHS]) {
  test(`axe: no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    if (path.startsWith('/suche/?q=')) await expect(page.getByRole('status')).toContainText('Treffer');
    expect(await violations(page)).toEqual([]);
  });
}
