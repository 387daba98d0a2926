// Location pages are printed and taken along: the print view drops navigation, search and footer and keeps
// the address, the phone number and the hours prominent.
import { expect, test } from '@playwright/test';

for (const path of ['/standorte/artern/', '/standorte/orte/artern/', '/ar/standorte/artern/']) {
  test(`${path} prints as a clean handout`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.th-site-header nav', '.th-languages', '.th-site-search', '.th-breadcrumbs', '.th-site-footer', '.th-skip-link', '.th-route', '.th-vcard']) {
      for (const element of await page.locator(selector).all()) await expect(element, selector).toBeHidden();
    }
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('main address').first()).toBeVisible();
    await expect(page.locator('main address').first()).toContainText('Artern');
    await expect(page.locator('main a[href="tel:+4934667404457"]').first()).toBeVisible();
    // The page's own address is printed, so the handout can be found again.
    await expect(page.locator('.th-print-url')).toBeVisible();
    await expect(page.locator('.th-print-url')).toContainText(`https://thinka.de${path}`);
    // Dark text on white: nothing printed in the screen's light-on-blue header colours.
    const logoColour = await page.locator('.th-site-header__home').evaluate((element) => getComputedStyle(element).color);
    expect(logoColour).toBe('rgb(0, 0, 0)');
  });
}

test('the address of an external link is printed after it; on screen it is not', async ({ page }) => {
  // No Anlaufstelle has a website of its own yet; the licence link of a media piece is such a link.
  await page.goto('/medien/leitlinien-plakat/');
  const external = page.locator('main a[href^="https://creativecommons.org/"]').first();
  const href = (await external.getAttribute('href'))!;
  const after = () => external.evaluate((element) => getComputedStyle(element, '::after').content);
  expect(await after()).toBe('none');
  await page.emulateMedia({ media: 'print' });
  expect(await after()).toContain(href);
});

test('the location page prints to PDF in headless Chromium', async ({ page }) => {
  await page.goto('/standorte/artern/');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(5_000);
  expect(pdf.length).toBeLessThan(2_000_000);
});
