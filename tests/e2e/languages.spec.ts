// German first; English, Ukrainian, Russian, Arabic and Farsi for the start page, the finder with its
// location and place pages, and the Leitlinien. Untranslated content stays German, marked and announced.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DIST, sitemapPaths } from '../support/built-site';

const LANGUAGE_NAMES = { de: 'Deutsch', en: 'English', uk: 'Українська', ru: 'Русский', ar: 'العربية', fa: 'فارسی' } as const;
const languageSwitch = (page: Page) => page.locator('header nav.th-languages');

test.describe('the language switch', () => {
  test('names each language in itself, with lang and hreflang, as plain links', async ({ page }) => {
    await page.goto('/standorte/artern/');
    const links = languageSwitch(page).getByRole('link');
    await expect(links).toHaveCount(6);
    for (const [code, name] of Object.entries(LANGUAGE_NAMES)) {
      const link = languageSwitch(page).locator(`a[hreflang="${code}"]`);
      await expect(link).toHaveAttribute('lang', code);
      await expect(link).toContainText(name);
    }
    await expect(languageSwitch(page).locator('a[aria-current="true"]')).toHaveAttribute('lang', 'de');
  });

  test('keeps the visitor on the same page: /standorte/artern/ → /en/standorte/artern/ → /ar/standorte/artern/', async ({ page }) => {
    await page.goto('/standorte/artern/');
    await languageSwitch(page).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL('/en/standorte/artern/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 2, name: 'Offices' })).toBeVisible();
    await languageSwitch(page).getByRole('link', { name: 'العربية' }).click();
    await expect(page).toHaveURL('/ar/standorte/artern/');
    await languageSwitch(page).getByRole('link', { name: 'Deutsch' }).click();
    await expect(page).toHaveURL('/standorte/artern/');
  });

  test('on a German-only page leads to the start page of the language and says so there', async ({ page }) => {
    await page.goto('/impressum/');
    const english = languageSwitch(page).getByRole('link', { name: /^English/ });
    await expect(english).toHaveAttribute('href', '/en/');
    await expect(english).toContainText('(start page)');
    await expect(languageSwitch(page).getByRole('link', { name: /^Українська/ })).toContainText('(головна сторінка)');
    await english.click();
    await expect(page).toHaveURL('/en/');
    await expect(page.locator('main .th-coverage')).toContainText('All other pages are in German.');
  });

  test('works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/leitlinien/kooperation/');
    await languageSwitch(page).getByRole('link', { name: 'Русский' }).click();
    await expect(page).toHaveURL('/ru/leitlinien/kooperation/');
    await expect(page.locator('h1')).toHaveText('Сотрудничество');
    await context.close();
  });
});

test.describe('alternate languages', () => {
  test('translated pages list every language and x-default; German-only pages none', async ({ page }) => {
    await page.goto('/fa/standorte/orte/koelleda/');
    const alternates = page.locator('link[rel="alternate"][hreflang]');
    await expect(alternates).toHaveCount(7);
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', 'https://thinka.de/standorte/orte/koelleda/');
    await expect(page.locator('link[rel="alternate"][hreflang="uk"]')).toHaveAttribute('href', 'https://thinka.de/uk/standorte/orte/koelleda/');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://thinka.de/fa/standorte/orte/koelleda/');
    await page.goto('/datenschutz/');
    await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  });

  test('the sitemap lists the translated pages with their alternates', () => {
    const paths = sitemapPaths();
    for (const path of ['/en/', '/uk/standorte/', '/ru/standorte/artern/', '/ar/standorte/orte/koelleda/', '/fa/leitlinien/aktivierung/']) {
      expect(paths, path).toContain(path);
    }
    const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const artern = /<url><loc>https:\/\/thinka\.de\/standorte\/artern\/<\/loc>(.*?)<\/url>/.exec(xml)?.[1] ?? '';
    for (const code of Object.keys(LANGUAGE_NAMES)) expect(artern, code).toContain(`hreflang="${code}"`);
  });
});

test.describe('right to left', () => {
  for (const path of ['/ar/', '/fa/standorte/artern/']) {
    test(`${path} runs right to left with the header mirrored`, async ({ page }) => {
      const width = 1280;
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      const logo = (await page.locator('.th-site-header__home').boundingBox())!;
      // The menu's copies of Leichte Sprache and Gebärdensprache are shown on phones only.
      const navItems = page.locator('.th-site-header__nav > li:not(.th-site-header__nav-access)');
      const first = (await navItems.first().boundingBox())!;
      const last = (await navItems.last().boundingBox())!;
      // The logo sits at the right edge; the menu starts at the right and runs to the left.
      expect(logo.x + logo.width).toBeGreaterThan(width * 0.9);
      expect(logo.x).toBeGreaterThan(width / 2);
      expect(first.x).toBeGreaterThan(last.x);
      const languages = (await languageSwitch(page).boundingBox())!;
      expect(languages.x + languages.width).toBeGreaterThan(width * 0.9);

      // The same page in German: logo on the left, menu from left to right.
      await page.goto(path.replace(/^\/(ar|fa)/, ''));
      const germanLogo = (await page.locator('.th-site-header__home').boundingBox())!;
      expect(germanLogo.x).toBeLessThan(width * 0.1);
    });
  }

  test('breadcrumbs point in reading direction, phone numbers and addresses stay left to right', async ({ page }) => {
    await page.goto('/ar/standorte/artern/');
    const separator = await page
      .locator('.th-breadcrumbs li + li')
      .first()
      .evaluate((element) => getComputedStyle(element, '::before').content);
    expect(separator).toContain('‹');
    const phone = page.locator('main a[href="tel:+4934667404457"] .ltr').first();
    await expect(phone).toHaveText('03466 7404457');
    expect(await phone.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    for (const line of await page.locator('main address .ltr').all()) {
      expect(await line.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    }
    await expect(page.locator('main .th-place address')).toContainText('Einbecker Straße 8');
  });
});

test.describe('content without a translation', () => {
  test('is shown in German, marked lang="de", with a note in the visitor\'s language', async ({ page }) => {
    await page.goto('/en/standorte/artern/');
    const german = page.locator('main .th-in-german');
    await expect(german.locator('.th-in-german__note')).toHaveText('This text has not been translated yet. It is shown here in German.');
    await expect(german.locator('[lang="de"]')).toContainText('Sie können in die Anlaufstelle kommen');
    await page.goto('/ar/standorte/artern/');
    const body = page.locator('main .th-in-german > [lang="de"]');
    await expect(body).toHaveAttribute('dir', 'ltr');
    await expect(body).toContainText('Sie können in die Anlaufstelle kommen');
  });

  test('Leitlinien pages are translated in full, title, teaser and text', async ({ page }) => {
    for (const [path, title, text] of [
      ['/ar/leitlinien/aktivierung/', 'التفعيل', 'ثقافة محلية للمشاركة'],
      ['/en/leitlinien/integration/', 'Integration', 'regular labour market'],
      ['/uk/leitlinien/kooperation/', 'Співпраця', 'співпрацю замість конкуренції'],
      ['/ru/leitlinien/nachhaltigkeit/', 'Устойчивое развитие', 'руководящую группу'],
      ['/fa/leitlinien/kooperation/', 'همکاری', 'گروه راهبری'],
    ] as const) {
      await page.goto(path);
      await expect(page.locator('h1'), path).toHaveText(title);
      await expect(page.locator('main article'), path).toContainText(text);
      await expect(page.locator('main .th-in-german'), path).toHaveCount(0);
    }
  });

  test('translated Leitlinien teasers and "Was ist ThINKA?" are shown in the visitor\'s language', async ({ page }) => {
    await page.goto('/uk/');
    await expect(page.getByRole('heading', { level: 2, name: 'Що таке ThINKA?' })).toBeVisible();
    await expect(page.locator('.th-intro [lang="de"]')).toHaveCount(0);
    await expect(page.locator('.th-leitlinien')).toContainText('Співпраця');
    await expect(page.locator('.th-leitlinien a[href="/uk/leitlinien/kooperation/"]')).toBeVisible();
  });

  test('links to German-only pages say so and carry hreflang="de"', async ({ page }) => {
    await page.goto('/ru/');
    const about = page.getByRole('navigation', { name: 'Главное меню' }).getByRole('link', { name: /О ThINKA/ });
    await expect(about).toHaveAttribute('href', '/ueber-thinka/');
    await expect(about).toHaveAttribute('hreflang', 'de');
    await expect(about).toContainText('(на немецком)');
    await expect(page.getByRole('navigation', { name: 'Главное меню' }).getByRole('link', { name: 'Найти консультационный пункт' })).toHaveAttribute('href', '/ru/standorte/');
  });
});

test.describe('the finder in another language', () => {
  test('searches with translated messages and links to pages in that language', async ({ page }) => {
    await page.goto('/en/standorte/');
    await page.getByRole('searchbox', { name: 'Where you live or your postcode' }).fill('Kolleda');
    await expect(page.getByRole('status')).toContainText('1 advice centre found for “Kolleda”.');
    const match = page.locator('.th-result__match a').first();
    await expect(match).toHaveText('Responsible for Kölleda');
    await expect(match).toHaveAttribute('href', '/en/standorte/orte/koelleda/');
    await match.click();
    await expect(page.locator('h1')).toHaveText('Your advice centre in Kölleda');
  });

  test('Farsi pages write counts and kilometres in Persian digits, postcodes as written', async ({ page }) => {
    await page.goto('/fa/standorte/');
    await expect(page.locator('.th-finder__lead')).toContainText('۲۲ مرکز مشاوره');
    const search = page.locator('#finder-query');
    await search.fill('Hildburghausen');
    await expect(page.locator('.th-result__match').first()).toHaveText(/^حدود [۰-۹]+ کیلومتر/);
    await expect(page.locator('.th-result__match').first()).not.toHaveText(/[0-9]/);
    await search.fill('Kolleda');
    await expect(page.getByRole('status')).toContainText('یک مرکز مشاوره');
    await expect(page.locator('#finder-hint')).toContainText('06556');
  });
});
