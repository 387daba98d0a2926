// Site search (Pagefind) on the built site: index, German matching, filters, ?q=, keyboard, lazy loading, budget.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page, type Response } from '@playwright/test';
import { DIST, sitemapPaths } from '../support/built-site';
import { watchPage } from './support/site';
import { axeViolations } from '../support/gates/axe';
import { isRepeatingPage, SEARCH_TYPES } from '../../src/lib/search';
import { translate } from '../../src/i18n';
import { DEFAULT_LOCALE } from '../../src/i18n/locales';
import { splitLocalePath } from '../../src/lib/localized-paths';

/** German pages: the search page lists and searches these (other languages have their own Pagefind index). */
const germanPaths = () => sitemapPaths().filter((path) => splitLocalePath(path).locale === 'de');

const SEARCH = '/suche/';
const results = (page: Page) => page.locator('.th-search-result');
const resultLinks = (page: Page) => page.locator('.th-search-result__title a');
const status = (page: Page) => page.getByRole('status');

async function searchFor(page: Page, query: string) {
  await page.goto(`${SEARCH}?q=${encodeURIComponent(query)}`);
  await expect(status(page)).toContainText(query);
}

async function resultPaths(page: Page): Promise<string[]> {
  return resultLinks(page).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** Paths of all results, after showing every page of them. */
async function allResultPaths(page: Page): Promise<string[]> {
  const more = page.getByRole('button', { name: 'Weitere Treffer anzeigen' });
  while (await more.isVisible()) {
    const shown = await results(page).count();
    await more.click();
    await expect(results(page)).not.toHaveCount(shown);
  }
  return resultPaths(page);
}

test.describe('the search index', () => {
  test('is built with the site: one German index over every German content page, nothing else', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const contentPages = sitemapPaths().filter((path) => path !== SEARCH && !isRepeatingPage(path) && splitLocalePath(path).locale === DEFAULT_LOCALE);
    // The search page is German and Pagefind searches the index of its page's language: translated pages stay out.
    expect(Object.keys(entry.languages)).toEqual([DEFAULT_LOCALE]);
    expect(entry.languages[DEFAULT_LOCALE]!.page_count).toBe(contentPages.length);
    expect(readdirSync(join(DIST, 'pagefind', 'fragment'))).toHaveLength(contentPages.length);
  });

  test('marks only the main content of German content pages, with its type', () => {
    const labels = SEARCH_TYPES.map((type) => translate(DEFAULT_LOCALE, `search.type.${type}`));
    for (const path of sitemapPaths()) {
      const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
      const bodies = html.match(/data-pagefind-body/g) ?? [];
      if (path === SEARCH || isRepeatingPage(path) || splitLocalePath(path).locale !== DEFAULT_LOCALE) {
        expect(bodies, path).toHaveLength(0);
        continue;
      }
      expect(bodies, path).toHaveLength(1);
      const filter = /<main id="inhalt"[^>]*data-pagefind-body[^>]*data-pagefind-filter="typ:([^"]+)"/.exec(html)?.[1];
      expect(labels, path).toContain(filter);
    }
    for (const file of ['404.html', 'admin/index.html']) {
      expect(readFileSync(join(DIST, file), 'utf8'), file).not.toContain('data-pagefind-body');
    }
  });

  test('leaves out the 404 page, navigation, breadcrumbs and footer', async ({ page }) => {
    await searchFor(page, 'Seite nicht gefunden');
    expect(await allResultPaths(page)).not.toContain('/404/');
    // "Impressum" is in the footer of every page; only pages that mention it in their main content may match.
    const mainMentions = germanPaths().filter((path) => {
      const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
      return /impressum/i.test(html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/<[^>]+>/g, ' '));
    });
    expect(mainMentions.length).toBeLessThan(germanPaths().length / 2);
    await searchFor(page, 'Impressum');
    expect((await allResultPaths(page)).sort()).toEqual(mainMentions.filter((path) => path !== SEARCH && !isRepeatingPage(path)).sort());
  });
});

test.describe('finding things', () => {
  test('"Einzelfallarbeit" finds the concept page, with the term highlighted', async ({ page }) => {
    await searchFor(page, 'Einzelfallarbeit');
    const result = results(page).filter({ has: page.locator('a[href="/ueber-thinka/konzept-und-ziele/"]') });
    await expect(result).toHaveCount(1);
    await expect(result.locator('.th-search-result__type')).toHaveText('Seite');
    await expect(result.locator('mark').first()).toHaveText(/^Einzelfallarbeit/);
  });

  for (const query of ['Kölleda', 'Sömmerda', 'Koelleda', 'Soemmerda', 'Kolleda']) {
    test(`"${query}" finds the Anlaufstelle in Sömmerda`, async ({ page }) => {
      await searchFor(page, query);
      const result = results(page).filter({ has: page.locator('a[href="/standorte/soemmerda/"]') });
      await expect(result).toHaveCount(1);
      await expect(result.locator('.th-search-result__type')).toHaveText('Anlaufstelle · Landkreis Sömmerda');
      await expect(result.locator('mark').first()).toHaveText(/^(Kölleda|Sömmerda)/);
    });
  }

  test('"Strasse" finds "Straße"', async ({ page }) => {
    await searchFor(page, 'Strasse');
    await expect(results(page).locator('mark').first()).toHaveText(/Straße/);
  });

  test('"Netzwerke" finds the pages about Netzwerkarbeit and Netzwerkaktivitäten (stemming, compounds)', async ({ page }) => {
    await searchFor(page, 'Netzwerke');
    const paths = await resultPaths(page);
    // Förderhinweis says "Netzwerkarbeit"; the Leitlinie Kooperation says only "Netzwerkaktivitäten".
    expect(paths).toEqual(expect.arrayContaining(['/foerderhinweis/', '/leitlinien/kooperation/', '/ueber-thinka/konzept-und-ziele/']));
    await expect(
      results(page)
        .locator('mark', { hasText: /^Netzwerkarbeit/ })
        .first(),
    ).toBeVisible();
  });

  test('"Beratung" finds the Beratungsmobil', async ({ page }) => {
    await searchFor(page, 'Beratung');
    expect(await allResultPaths(page)).toContain('/standorte/eisenach/');
    const eisenach = results(page).filter({ has: page.locator('a[href="/standorte/eisenach/"]') });
    await expect(eisenach.locator('mark', { hasText: /^Beratungsmobil/ }).first()).toBeVisible();
  });
});

test.describe('the search page', () => {
  test('reads ?q= and the filters from the address, and keeps the address in step', async ({ page }) => {
    await page.goto(`${SEARCH}?q=Beratung&typ=Team`);
    await expect(page.getByRole('searchbox', { name: 'Suchbegriff' })).toHaveValue('Beratung');
    await expect(page.getByRole('radio', { name: /^Team/ })).toBeChecked();
    await expect(status(page)).toHaveText(/^\d+ von \d+ Treffern für „Beratung“$/);
    await page.getByRole('searchbox', { name: 'Suchbegriff' }).fill('Kölleda');
    await expect(page).toHaveURL(/\?q=K%C3%B6lleda&typ=Team$/);
  });

  test('the type filter narrows the results', async ({ page }) => {
    await searchFor(page, 'Beratung');
    const all = Number((await status(page).textContent())!.match(/^(\d+) Treffer/)![1]);
    expect(all).toBeGreaterThan(10);
    const teamRadio = page.getByRole('radio', { name: /^Team \(\d+\)$/ });
    const teamLabel = await page.locator('label', { has: teamRadio }).textContent();
    const teamCount = Number(teamLabel!.match(/\((\d+)\)/)![1]);
    expect(teamCount).toBeGreaterThan(0);
    expect(teamCount).toBeLessThan(all);
    await teamRadio.check();
    await expect(status(page)).toHaveText(`${teamCount} von ${all} Treffern für „Beratung“`);
    await expect(results(page)).toHaveCount(teamCount);
    for (const type of await page.locator('.th-search-result__type').allTextContents()) expect(type).toBe('Team');
    await expect(page).toHaveURL(/typ=Team/);

    // The Landkreis narrows Anlaufstellen further.
    await page.getByRole('radio', { name: /^Alle/ }).check();
    await page.getByRole('combobox', { name: /Landkreis/ }).selectOption('Sömmerda');
    await expect(status(page)).toHaveText(`1 von ${all} Treffern für „Beratung“`);
    expect(await resultPaths(page)).toEqual(['/standorte/soemmerda/']);
  });

  test('says so when nothing is found, and points to the list of all pages', async ({ page }) => {
    await searchFor(page, 'Xylophonorchester');
    await expect(status(page)).toHaveText(/^Keine Treffer für „Xylophonorchester“/);
    await expect(page.locator('[data-search-results]')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Alle Seiten von A bis Z' })).toBeVisible();
  });

  test('works by keyboard alone: header field, results, result page', async ({ page }) => {
    await page.goto('/');
    for (let step = 0; step < 20; step += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'kopfsuche')) break;
    }
    await expect(page.getByRole('searchbox', { name: 'Website durchsuchen' })).toBeFocused();
    await page.keyboard.type('Einzelfallarbeit');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${SEARCH}?q=Einzelfallarbeit`);
    await expect(status(page)).toHaveText(/^\d+ Treffer für „Einzelfallarbeit“$/);

    // From the search field onwards, Tab reaches the result, which opens with Enter.
    await page.getByRole('searchbox', { name: 'Suchbegriff' }).focus();
    let reached = false;
    for (let step = 0; step < 20 && !reached; step += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('href') === '/ueber-thinka/konzept-und-ziele/');
    }
    expect(reached).toBe(true);
    // Focus is inside the results list, not trapped: Tab goes on to the next element.
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/ueber-thinka/konzept-und-ziele/');
  });

  test('keyboard: the filters and "more" keep focus where the visitor is', async ({ page }) => {
    await searchFor(page, 'Beratung');
    await page.getByRole('radio', { name: /^Alle/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: /^Anlaufstelle/ })).toBeFocused();
    await expect(status(page)).toHaveText(/^\d+ von \d+ Treffern/);
    const before = await results(page).count();
    await page.getByRole('button', { name: 'Weitere Treffer anzeigen' }).focus();
    await page.keyboard.press('Enter');
    await expect(results(page)).not.toHaveCount(before);
    // Focus moves to the first newly shown result instead of getting lost.
    await expect(resultLinks(page).nth(before)).toBeFocused();
  });

  test('without JavaScript: the header search leads to every page, by letter and by section', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/standorte/artern/');
    await page.getByRole('searchbox', { name: 'Website durchsuchen' }).fill('Kölleda');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${SEARCH}?q=K%C3%B6lleda`);
    await expect(page.locator('main .th-notice')).toContainText('Die Volltextsuche braucht JavaScript');
    // Filters that cannot work are not offered.
    await expect(page.getByRole('group', { name: 'Art der Seite' })).toBeHidden();
    await expect(page.getByRole('combobox', { name: /Landkreis/ })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Alle Seiten von A bis Z' })).toBeVisible();
    // Every German content page is on exactly one letter page and in the tree.
    const expected = germanPaths().filter((path) => path !== SEARCH && !isRepeatingPage(path));
    const letters = page.getByRole('navigation', { name: 'Anfangsbuchstaben' }).getByRole('link');
    const letterPaths = await letters.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(letterPaths.length).toBeGreaterThan(5);
    const listed: string[] = [];
    for (const letterPath of letterPaths) {
      await page.goto(letterPath);
      const letter = (await page.getByRole('navigation', { name: 'Anfangsbuchstaben' }).locator('[aria-current="page"]').textContent())!.trim();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Alle Seiten mit ${letter}`);
      listed.push(...(await page.locator('[data-search-letter-list] a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))));
    }
    // Each page once, on its letter's page (district pages are listed too, though not searchable).
    expect(new Set(listed).size).toBe(listed.length);
    expect(expected.filter((path) => !listed.includes(path))).toEqual([]);
    await page.goto(SEARCH);
    await page.getByRole('link', { name: 'Alle Seiten nach Bereichen' }).click();
    await expect(page).toHaveURL('/suche/bereiche/');
    for (const path of expected) await expect(page.locator(`.th-page-tree a[href="${path}"]`), path).toHaveCount(1);
    // A citizen on the way: T (the Anlaufstellen are „ThINKA …“) → Sömmerda.
    await page.goto(SEARCH);
    await page.getByRole('navigation', { name: 'Anfangsbuchstaben' }).getByRole('link', { name: 'T', exact: true }).click();
    await expect(page.getByRole('navigation', { name: 'Sie sind hier' })).toContainText('Suche');
    await page.locator('[data-search-letter-list] a[href="/standorte/soemmerda/"]').click();
    await expect(page).toHaveURL('/standorte/soemmerda/');
    await context.close();
  });
});

test.describe('loading', () => {
  const isSearchAsset = (url: string) => new URL(url).pathname.startsWith('/pagefind/');
  const isScript = (url: string) => /\.(m?js|wasm)$/.test(new URL(url).pathname);

  test('content pages load no script and no search file, also when typing in the header field', async ({ page, baseURL }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const watch = watchPage(page, baseURL!);
    await page.goto('/standorte/artern/');
    await page.getByRole('searchbox', { name: 'Website durchsuchen' }).fill('Kölleda');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => isSearchAsset(url) || isScript(url))).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('the search page loads Pagefind from this site only when the visitor starts searching', async ({ page, baseURL }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const watch = watchPage(page, baseURL!);
    await page.goto(SEARCH);
    await page.waitForLoadState('networkidle');
    expect(requests.filter(isSearchAsset)).toEqual([]);
    // Going to the field starts loading, so that Pagefind is ready by the time the word is typed.
    const loading = page.waitForRequest(`${baseURL}/pagefind/pagefind.js`);
    await page.getByRole('searchbox', { name: 'Suchbegriff' }).focus();
    await loading;
    await page.getByRole('searchbox', { name: 'Suchbegriff' }).pressSequentially('Jena');
    await expect(status(page)).toContainText('Jena');
    expect(requests.filter(isSearchAsset).length).toBeGreaterThan(0);
    expect(requests.some((url) => url === `${baseURL}/pagefind/pagefind.js`)).toBe(true);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  });
});

test('budget: first query ≤ 150 KB, each further query ≤ 30 KB (gzip)', async ({ page }) => {
  // The test server sends files uncompressed; count what a gzip-serving host would send. Pagefind's index,
  // fragment and WebAssembly files are compressed already; for them gzip gains nothing and the raw size counts.
  const log: Promise<{ url: string; bytes: number }>[] = [];
  page.on('response', (response: Response) => {
    log.push(
      response.body().then(
        (body) => ({ url: response.url(), bytes: Math.min(body.length, gzipSync(body).length) }),
        () => ({ url: response.url(), bytes: 0 }),
      ),
    );
  });
  const take = async () => {
    const entries = await Promise.all(log.splice(0));
    return entries;
  };
  const report = (label: string, entries: { url: string; bytes: number }[]) => {
    const total = entries.reduce((sum, entry) => sum + entry.bytes, 0);
    console.log(`\n${label}: ${(total / 1024).toFixed(1)} KB in ${entries.length} Dateien`);
    for (const entry of entries) console.log(`  ${(entry.bytes / 1024).toFixed(1).padStart(6)} KB  ${new URL(entry.url).pathname}`);
    return total;
  };

  await page.goto(SEARCH);
  await page.waitForLoadState('networkidle');
  // The page's own search script counts towards the first query; the page's HTML, CSS and icon do not.
  const pageScripts = (await take()).filter((entry) => /\.js$/.test(new URL(entry.url).pathname));

  const input = page.getByRole('searchbox', { name: 'Suchbegriff' });
  await input.fill('Beratung');
  await expect(status(page)).toHaveText(/Treffer für „Beratung“/);
  await page.waitForLoadState('networkidle');
  const first = report('Erste Suche („Beratung“) inkl. Suchskript der Seite', [...pageScripts, ...(await take())]);
  expect(first).toBeLessThanOrEqual(150 * 1024);

  for (const query of ['Netzwerke', 'Kölleda', 'Einzelfallarbeit', 'Gebärdensprache']) {
    await input.fill(query);
    await expect(status(page)).toContainText(`„${query}“`);
    await page.waitForLoadState('networkidle');
    const further = report(`Weitere Suche („${query}“)`, await take());
    expect(further).toBeLessThanOrEqual(30 * 1024);
  }
});

test('axe finds no WCAG 2.2 AA violation on the search page with results, nor in the header search', async ({ page }) => {
  await searchFor(page, 'Beratung');
  await page.getByRole('radio', { name: /^Anlaufstelle/ }).check();
  await expect(status(page)).toHaveText(/von/);
  // Scoped to the search parts; the rest of the header is not this page's concern.
  expect(await axeViolations(page, ['main', 'header form'])).toEqual([]);
});
