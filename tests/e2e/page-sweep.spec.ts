// Every page once in a real browser: what only a browser can see. WCAG 2.2 AA by axe-core on every page of the
// sitemap (every language), the search page with a query and the 404 page; no console error, no request to
// another origin, no cookie, nothing stored. Facts about the HTML itself are read from dist/ without a browser
// (tests/dist/pages.test.ts); tests/e2e/wcag-checks.spec.ts adds what axe cannot see.
import { test as base, expect, type BrowserContextOptions, type Page } from '@playwright/test';
import { TRANSLATED_LOCALES } from '../../src/i18n/locales';
import { axeViolations } from '../support/gates/axe';
import { sitemapPaths } from '../support/built-site';
import { watchPage } from './support/site';

const EXTRA_PATHS = ['/suche/?q=Beratung', '/gibt-es-nicht/'];

/**
 * One browser page per worker for the whole sweep: a fresh context for each of some 700 addresses cost more than
 * loading and checking the page. Cookies and storage are checked after every page and cleared before the next, so a
 * page that stores something fails itself, not its successor.
 */
const test = base.extend<object, { sweepPage: Page }>({
  sweepPage: [
    async ({ browser }, use, workerInfo) => {
      const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale, timezoneId, baseURL } = workerInfo.project.use;
      const options: BrowserContextOptions = { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale, timezoneId, baseURL };
      const context = await browser.newContext(options);
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

// A failure names the rule, selector, message or request; a trace of each of 700 pages cost a sixth of the sweep.
test.use({ trace: 'off' });

const paths = [...sitemapPaths(), ...EXTRA_PATHS];

test('the sweep covers every language of the site', () => {
  for (const locale of TRANSLATED_LOCALES)
    expect(
      paths.some((path) => path.startsWith(`/${locale}/`)),
      locale,
    ).toBe(true);
  console.log(`Seiten im Browser: ${paths.length} Adressen (${sitemapPaths().length} aus der Sitemap, dazu ${EXTRA_PATHS.join(', ')})`);
});

for (const path of paths) {
  test(`${path}: no WCAG 2.2 AA violation, no console error, nothing from another origin, nothing stored`, async ({ sweepPage: page, baseURL }) => {
    const watch = watchPage(page, baseURL!);
    try {
      const response = await page.goto(path);
      expect(response?.status()).toBe(path === '/gibt-es-nicht/' ? 404 : 200);
      if (path.startsWith('/suche/?q=')) await expect(page.getByRole('status')).toContainText('Treffer');
      expect(await axeViolations(page)).toEqual([]);
      // The browser logs the 404 page's own status as an error; any other error counts.
      const ownStatus = path === '/gibt-es-nicht/' ? /status of 404/ : undefined;
      expect(watch.consoleErrors.filter((message) => !ownStatus?.test(message))).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
      expect(await page.context().cookies()).toEqual([]);
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    } finally {
      watch.stop();
      await page.context().clearCookies();
      await page.evaluate(() => (localStorage.clear(), sessionStorage.clear())).catch(() => undefined);
    }
  });
}

test('the axe check reports an image without alt text and an unlabelled form field', async ({ page, baseURL }) => {
  await page.goto('/');
  expect(await axeViolations(page)).toEqual([]);
  await page.evaluate((origin) => {
    const main = document.querySelector('main')!;
    const image = document.createElement('img');
    image.src = `${origin}/favicon.svg`;
    const input = document.createElement('input');
    input.type = 'text';
    main.append(image, input);
  }, baseURL!);
  const failures = await axeViolations(page);
  expect(failures.some((failure) => failure.startsWith('image-alt'))).toBe(true);
  expect(failures.some((failure) => failure.startsWith('label'))).toBe(true);
});

test('the start page shows the EU emblem and funding line without scrolling', async ({ page }) => {
  for (const viewport of [
    { width: 320, height: 640 },
    { width: 1280, height: 800 },
  ]) {
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
