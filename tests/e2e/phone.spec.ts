// Phone-first: at 320×640 and 390×844, in every language, the finder field on /standorte/ is on the first
// screen, the header is collapsed into disclosures, the first result shows above the on-screen keyboard,
// and the start page's primary action is one tap to the finder. Screenshots go to test-results/phone/.
import { expect, test, type Page } from '@playwright/test';
import { LOCALES } from '../../src/i18n/locales';

const PHONES = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
] as const;
const finderPath = (locale: string) => (locale === 'de' ? '/standorte/' : `/${locale}/standorte/`);
/** A phone keyboard covers roughly the lower 40 % of the screen. */
const KEYBOARD_SHARE = 0.4;

async function boxOf(page: Page, selector: string) {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  return box;
}

for (const phone of PHONES) {
  test.describe(`${phone.width}×${phone.height}`, () => {
    test.use({ viewport: phone, hasTouch: true, isMobile: true });

    for (const locale of LOCALES) {
      test(`${locale}: the finder field is fully on the first screen, the header collapsed`, async ({ page }) => {
        await page.goto(finderPath(locale));
        const field = await boxOf(page, '#finder-query');
        expect(field.y).toBeGreaterThanOrEqual(0);
        expect(field.y + field.height).toBeLessThanOrEqual(phone.height);
        expect(field.x).toBeGreaterThanOrEqual(0);
        expect(field.x + field.width).toBeLessThanOrEqual(phone.width);
        // Languages, site search and menu are buttons; their contents wait behind them.
        await expect(page.locator('header summary')).toHaveCount(3);
        for (const summary of await page.locator('header summary').all()) await expect(summary).toBeVisible();
        await expect(page.locator('#kopfsuche')).toBeHidden();
        await expect(page.locator('header nav.th-languages')).toBeHidden();
        await expect(page.locator('.th-site-header__nav')).toBeHidden();
        const header = await boxOf(page, 'header.th-site-header');
        expect(header.height).toBeLessThanOrEqual(120);
        if (locale === 'de' || locale === 'ar') await page.screenshot({ path: `test-results/phone/finder-${locale}-${phone.width}.png` });
      });
    }

    for (const locale of ['de', 'ar'] as const) {
      test(`${locale}: the first result shows above the on-screen keyboard`, async ({ page }) => {
        await page.goto(finderPath(locale));
        await page.locator('#finder-query').focus();
        // The keyboard opens: with interactive-widget=resizes-content the page gets the space above it.
        const visible = Math.round(phone.height * (1 - KEYBOARD_SHARE));
        await page.setViewportSize({ width: phone.width, height: visible });
        await page.locator('#finder-query').pressSequentially('Kölleda');
        const first = page.locator('#finder-results > li').first();
        await expect(first.locator('.th-result__match')).toBeVisible();
        const heading = await first.getByRole('heading', { level: 3 }).boundingBox();
        expect(heading).not.toBeNull();
        expect(heading!.y).toBeGreaterThanOrEqual(0);
        expect(heading!.y + heading!.height).toBeLessThanOrEqual(visible);
        // The field stays in sight while typing.
        const field = await boxOf(page, '#finder-query');
        expect(field.y).toBeGreaterThanOrEqual(0);
        await page.screenshot({ path: `test-results/phone/result-${locale}-${phone.width}.png` });
      });
    }

    test("the start page's primary action is on the first screen and leads to the finder in one tap", async ({ page }) => {
      await page.goto('/');
      const action = page.locator('main .th-hero__action a');
      const box = await action.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y + box!.height).toBeLessThanOrEqual(phone.height);
      await action.tap();
      await expect(page).toHaveURL(/\/standorte\/$/);
      await expect(page.locator('#finder-query')).toBeInViewport();
    });
  });
}

test.describe('without JavaScript on a phone', () => {
  test.use({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });

  test('languages, search and menu open as disclosures', async ({ page }) => {
    await page.goto('/ar/standorte/');
    const languages = page.locator('header summary').first();
    await languages.click();
    await expect(page.locator('header nav.th-languages a[hreflang="de"]')).toBeVisible();
    await languages.click();
    await expect(page.locator('header nav.th-languages')).toBeHidden();
    await page.locator('header summary', { hasText: 'بحث' }).click();
    await expect(page.locator('#kopfsuche')).toBeVisible();
    await page.locator('header summary', { hasText: 'بحث' }).click();
    await page.locator('header summary', { hasText: 'القائمة' }).click();
    await expect(page.locator('.th-site-header__nav a[href="/ar/standorte/"]')).toBeVisible();
  });
});
