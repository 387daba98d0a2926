import { expect, test } from '@playwright/test';
import { sitemapPaths, watchPage } from './support/site';
import { translate } from '../../src/i18n';
import { LOCALE_INFO } from '../../src/i18n/locales';
import { splitLocalePath } from '../../src/lib/localized-paths';

const SITE = 'https://thinka.de';
const paths = sitemapPaths();
// Content pages run no JavaScript at all. The one exception: the search page loads its search script (a module).
const ALLOWED_SCRIPTS: Record<string, string[]> = { '/suche/': ['module'] };
/** The finder, the location, municipality and district pages (in every language): the only pages that may carry a script. */
const SCRIPTED_SECTION = /^(?:\/(?:en|uk|ru|ar|fa))?\/standorte\/(?:[\w-]+\/|(?:orte|kreise)\/[\w-]+\/)?$/;

test('the sitemap lists every page type', () => {
  for (const prefix of ['/', '/team/', '/leitlinien/', '/standorte/', '/medien/', '/ueber-thinka/', '/impressum/', '/suche/']) {
    expect(paths, prefix).toContain(prefix);
  }
  for (const section of ['/team/', '/leitlinien/', '/standorte/', '/medien/', '/ueber-thinka/']) {
    expect(paths.some((path) => path.startsWith(section) && path !== section), `detail page under ${section}`).toBe(true);
  }
});

for (const path of paths) {
  test(`renders ${path}`, async ({ page, context, baseURL }) => {
    const watch = watchPage(page, baseURL!);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);

    // German without prefix; /en/, /uk/, /ru/, /ar/, /fa/ in their language and direction.
    const { locale } = splitLocalePath(path);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('html')).toHaveAttribute('dir', LOCALE_INFO[locale].dir);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).not.toBeEmpty();
    await expect(page.locator('main#inhalt')).toBeVisible();
    expect((await page.title()).length).toBeGreaterThan(3);

    const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
    expect((await meta('meta[name="description"]'))?.length).toBeGreaterThan(20);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(new URL(path, SITE).href);
    expect(await meta('meta[property="og:title"]')).toBeTruthy();
    expect(await meta('meta[property="og:description"]')).toBeTruthy();
    expect(await meta('meta[property="og:url"]')).toBe(new URL(path, SITE).href);
    expect(await meta('meta[property="og:type"]')).toBeTruthy();

    // Zero JavaScript, except where the finder or a live opening status needs it: the finder page and
    // location or municipality pages that show opening hours. Those load only same-origin module scripts.
    const scripts = await page
      .locator('script')
      .evaluateAll((elements) => elements.map((element) => ({ type: element.getAttribute('type'), src: element.getAttribute('src') })));
    const enhanced = await page.locator('th-finder, th-opening-status').count();
    if (ALLOWED_SCRIPTS[path]) {
      expect(scripts.filter((script) => script.type !== 'application/ld+json').map((script) => script.type)).toEqual(ALLOWED_SCRIPTS[path]);
    } else if (enhanced === 0 || !SCRIPTED_SECTION.test(path)) {
      expect(enhanced, 'finder or opening status outside /standorte/').toBe(0);
      expect(scripts.filter((script) => script.type !== 'application/ld+json')).toEqual([]);
    } else {
      const executable = scripts.filter((script) => script.type !== 'application/ld+json' && script.type !== 'application/json');
      expect(executable.length).toBeGreaterThan(0);
      for (const script of executable) {
        expect(script.type).toBe('module');
        expect(script.src ?? '').toMatch(/^\/_astro\/[\w.-]+\.js$/);
      }
    }

    // Every page has the search entry in the header: a labelled GET form to the search page.
    const headerSearch = page.locator('header form[role="search"][action="/suche/"][method="get"]');
    await expect(headerSearch).toHaveCount(1);
    await expect(headerSearch.getByRole('searchbox', { name: translate(locale, 'search.headerLabel') })).toHaveAttribute('name', 'q');
    await expect(headerSearch.getByRole('button', { name: translate(locale, 'search.submit') })).toBeVisible();

    // Leichte Sprache and Gebärdensprache at the top of every page (BITV 2.0 § 4), in every language.
    for (const href of ['/leichte-sprache/', '/gebaerdensprache/']) {
      await expect(page.locator(`header .th-site-header__access-list a[href="${href}"]`)).toHaveCount(1);
    }
    for (const href of ['/impressum/', '/datenschutz/', '/barrierefreiheit/', '/leichte-sprache/', '/gebaerdensprache/']) {
      await expect(page.locator(`footer a[href="${href}"]`)).toHaveCount(1);
    }

    await page.waitForLoadState('networkidle');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  });
}

test('an unknown address shows the helpful 404 page', async ({ page }) => {
  const response = await page.goto('/gibt-es-nicht/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Seite nicht gefunden');
  await expect(page.locator('main a[href="/standorte/"]')).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test('the start page shows the EU emblem and funding line without scrolling', async ({ page }) => {
  for (const viewport of [{ width: 320, height: 640 }, { width: 1280, height: 800 }]) {
    await page.setViewportSize(viewport);
    await page.goto('/');
    const emblem = page.locator('header .th-funding svg[role="img"]');
    await expect(emblem).toHaveAttribute('aria-label', 'Flagge der Europäischen Union');
    await expect(page.locator('header .th-funding')).toContainText('Kofinanziert von der Europäischen Union');
    const box = await emblem.boundingBox();
    expect(box, `emblem at ${viewport.width}px`).not.toBeNull();
    expect(box!.y + box!.height, `emblem bottom at ${viewport.width}px`).toBeLessThanOrEqual(viewport.height);
  }
});

test('a location without known contact says once what is missing instead of inventing it', async ({ page }) => {
  await page.goto('/standorte/weimar/');
  await expect(page.locator('main .th-missing')).toContainText('Telefon');
  await expect(page.locator('main a[href^="tel:"]')).toHaveCount(0);
  await page.goto('/standorte/artern/');
  await expect(page.locator('main a[href="tel:+4934667404457"]').first()).toBeVisible();
});
