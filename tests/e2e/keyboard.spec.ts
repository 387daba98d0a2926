import { expect, test } from '@playwright/test';

for (const path of ['/', '/standorte/artern/', '/ueber-thinka/konzept-und-ziele/']) {
  test(`the skip link leads the keyboard to the main content on ${path}`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press('Tab');
    const skipLink = page.locator('a.th-skip-link');
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeVisible();
    await expect(skipLink).toHaveText('Zum Inhalt springen');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#inhalt$/);
    await expect(page.locator('main#inhalt')).toBeFocused();
    // The next Tab continues inside the main content, not in the header.
    await page.keyboard.press('Tab');
    const insideMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
    expect(insideMain).toBe(true);
  });
}

test('every main navigation link is reachable by keyboard', async ({ page }) => {
  await page.goto('/');
  const reached = new Set<string>();
  for (let step = 0; step < 25; step += 1) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    if (href) reached.add(href);
  }
  for (const href of ['/standorte/', '/ueber-thinka/', '/leitlinien/', '/team/', '/medien/', '/leichte-sprache/', '/gebaerdensprache/']) {
    expect(reached, href).toContain(href);
  }
});
