import { expect, test } from '@playwright/test';

const PAGE_TYPES = [
  '/',
  '/standorte/',
  '/standorte/erfurt/',
  '/standorte/artern/',
  '/standorte/orte/koelleda/',
  '/standorte/orte/winzerla/',
  '/team/',
  '/team/projektkoordination/',
  '/leitlinien/',
  '/leitlinien/aktivierung/',
  '/medien/',
  '/medien/leitlinien-plakat/',
  '/medien/leitlinien-video/',
  '/medien/leitlinien-vorgelesen/',
  '/medien/leitlinien-social-media/',
  '/medien/leitlinien-social-media/bild-1/',
  '/medien/kampagne/leitlinien/',
  '/datenschutz/',
  '/suche/',
  '/suche/?q=Beratung',
  '/gibt-es-nicht/',
  // Leichte Sprache, Gebärdensprache, legal pages and every language (Arabic and Farsi right to left).
  '/leichte-sprache/',
  '/leichte-sprache/anlaufstelle/',
  '/leichte-sprache/hilfe-bekommen/',
  '/ueber-thinka/',
  '/gebaerdensprache/',
  '/barrierefreiheit/',
  '/impressum/',
  '/foerderhinweis/',
  '/en/',
  '/en/standorte/',
  '/en/standorte/artern/',
  '/uk/',
  '/uk/standorte/orte/winzerla/',
  '/ru/',
  '/ru/leitlinien/',
  '/ru/leitlinien/integration/',
  '/ar/',
  '/ar/standorte/',
  '/ar/standorte/erfurt/',
  '/ar/standorte/orte/koelleda/',
  '/fa/',
  '/fa/standorte/artern/',
  '/fa/leitlinien/nachhaltigkeit/',
];

test.use({ viewport: { width: 320, height: 640 } });

for (const path of PAGE_TYPES) {
  test(`no horizontal scrolling at 320 px on ${path}`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('the navigation works at 320 px without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto('/');
  // On phones the menu is a disclosure (<details>): closed at first, opened with one tap, no JavaScript.
  const links = page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link');
  await expect(links).toHaveCount(0);
  await page.locator('header summary', { hasText: 'Menü' }).click();
  // The five main links plus Leichte Sprache and Gebärdensprache, which leave the top bar on phones.
  await expect(links).toHaveCount(7);
  for (const link of await links.all()) {
    await expect(link).toBeVisible();
    const box = await link.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    expect(box!.height).toBeGreaterThanOrEqual(24);
  }
  await links.filter({ hasText: 'Leitlinien' }).click();
  await expect(page).toHaveURL(/\/leitlinien\/$/);
  await context.close();
});
