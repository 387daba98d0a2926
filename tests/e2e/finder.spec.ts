// "Anlaufstelle finden" against the real content: search by place, postcode and typo, keyboard only,
// without JavaScript, and one page per place of every catchment. Opening hours and distances are
// tested against the fixture build (tests/e2e-fixture/), since the real content has neither yet.
import { expect, test, type Page } from '@playwright/test';
import { catchmentEntries, standortIds } from './support/catchment';
import { sitemapPaths } from './support/site';

const search = (page: Page) => page.getByRole('searchbox', { name: 'Ihr Wohnort oder Ihre Postleitzahl' });
const results = (page: Page) => page.locator('#finder-results > li');

async function typeQuery(page: Page, query: string) {
  await page.goto('/standorte/');
  await search(page).fill(query);
}

test.describe('with JavaScript', () => {
  test('typing a municipality of a catchment shows its Anlaufstelle first, with the matched place', async ({ page }) => {
    await typeQuery(page, 'Kölleda');
    const first = results(page).first();
    await expect(first.locator('.th-result__match')).toHaveText('Zuständig für Kölleda');
    await expect(first.locator('.th-result__match a')).toHaveAttribute('href', '/standorte/orte/koelleda/');
    await expect(first.getByRole('heading', { level: 3 })).toHaveText('ThINKA Sömmerda');
    await expect(page.getByRole('status')).toHaveText(/^1 Anlaufstelle gefunden für „Kölleda“\.$/);
    // The full lists give way to the results.
    await expect(page.locator('#orte-a-z')).toBeHidden();
  });

  for (const [query, name] of [
    ['Soemmerda', 'ThINKA Sömmerda'],
    ['Kolleda', 'ThINKA Sömmerda'],
    ['sommerda', 'ThINKA Sömmerda'],
    ['Bleicherde', 'ThINKA Bleicherode-Sollstedt'],
    ['Winzerla', 'ThINKA Jena'],
    ['Mühlhasuen', 'ThINKA Mühlhausen'],
  ] as const) {
    test(`"${query}" (umlaut-free or with a typo) finds ${name} first`, async ({ page }) => {
      await typeQuery(page, query);
      await expect(results(page).first().getByRole('heading', { level: 3 })).toHaveText(name);
    });
  }

  test('a postcode finds the responsible Anlaufstelle: 06556 → Artern', async ({ page }) => {
    await typeQuery(page, '06556');
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first().locator('.th-result__match')).toHaveText('Zuständig für 06556 Artern');
    await expect(results(page).first().getByRole('heading', { level: 3 })).toHaveText('ThINKA Artern');
    await expect(results(page).first().locator('a[href="tel:+4934667404457"]')).toBeVisible();
  });

  test('a Landkreis lists the locations responsible for it before others in it', async ({ page }) => {
    await typeQuery(page, 'Kyffhäuserkreis');
    await expect(results(page)).toHaveCount(3);
    await expect(results(page).first().locator('.th-result__match')).toHaveText('Anlaufstelle im Kyffhäuserkreis');
  });

  test('no match says so and keeps the full lists', async ({ page }) => {
    await typeQuery(page, 'Xyzzyhausen');
    await expect(page.getByRole('status')).toContainText('Keine Anlaufstelle gefunden für „Xyzzyhausen“');
    await expect(page.locator('#orte-a-z')).toBeVisible();
    await search(page).fill('');
    await expect(page.getByRole('status')).toHaveText('');
  });

  test('a link with ?q= opens with the results', async ({ page }) => {
    await page.goto('/standorte/?q=Kolleda');
    await expect(search(page)).toHaveValue('Kolleda');
    await expect(results(page).first()).toContainText('ThINKA Sömmerda');
  });

  test('offers no distance sorting, and no note about it, while no location has coordinates', async ({ page }) => {
    await page.goto('/standorte/');
    await expect(page.locator('.th-finder__geo')).toHaveCount(0);
    await expect(page.locator('main')).not.toContainText('sobald die genaue Lage');
  });

  test('works by keyboard alone: tab to the field, type, tab to the result, open it', async ({ page }) => {
    await page.goto('/standorte/');
    for (let step = 0; step < 30 && !(await search(page).evaluate((element) => element === document.activeElement)); step += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(search(page)).toBeFocused();
    await page.keyboard.type('Kolleda');
    await page.keyboard.press('Enter');
    await expect(results(page).first()).toContainText('Zuständig für Kölleda');
    await page.keyboard.press('Tab'); // "Suchen"
    await page.keyboard.press('Tab'); // "Zuständig für Kölleda"
    await expect(page.getByRole('link', { name: 'Zuständig für Kölleda' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(results(page).first().getByRole('link', { name: 'ThINKA Sömmerda' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/standorte\/soemmerda\/$/);
    await expect(page.locator('h1')).toHaveText('ThINKA Sömmerda');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the finder lists every location by district and every place from A to Z', async ({ page }) => {
    await page.goto('/standorte/');
    await expect(search(page)).toBeHidden();
    await expect(page.locator('.th-finder__geo')).toBeHidden();
    for (const id of standortIds()) {
      await expect(page.locator(`#nach-landkreis a[href="/standorte/${id}/"]`), id).toHaveCount(1);
    }
    const azLinks = await page.locator('#orte-a-z ~ section a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const places = new Set(catchmentEntries().map((entry) => entry.name));
    expect(azLinks).toHaveLength(places.size);
    await expect(page.locator('#kreis-kyffhaeuserkreis')).toHaveText('Kyffhäuserkreis');
  });

  test('a municipality page names its Anlaufstelle with phone and address', async ({ page }) => {
    await page.goto('/standorte/orte/artern/');
    await expect(page.locator('h1')).toHaveText('Ihre Anlaufstelle in Artern');
    await expect(page.locator('main h2 a[href="/standorte/artern/"]')).toHaveText('ThINKA Artern');
    await expect(page.locator('main a[href="tel:+4934667404457"]').first()).toBeVisible();
    await expect(page.locator('main address').first()).toContainText('Einbecker Straße 8');
    await expect(page.locator('main')).toContainText('Postleitzahlen: 06556');
    // No hours known: say so once, never invent them.
    await expect(page.locator('main .th-missing')).toContainText('Sprechzeiten');
    await expect(page.locator('main')).not.toContainText('Angaben folgen');
    await expect(page.locator('th-opening-status')).toHaveCount(0);
  });
});

test('every place of every catchment has its own page, listed in the sitemap', async ({ page }) => {
  // Visits every place page (about 40): on a busy machine that takes longer than one page's timeout.
  test.slow();
  const sitemap = new Set(sitemapPaths());
  const entries = catchmentEntries();
  expect(entries.length).toBeGreaterThanOrEqual(standortIds().length);
  const placePages = [...sitemap].filter((path) => path.startsWith('/standorte/orte/'));
  expect(placePages).toHaveLength(new Set(entries.map((entry) => entry.name)).size);
  for (const { standortId, name } of entries) {
    const slug = name
      .toLowerCase()
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const path = `/standorte/orte/${slug}/`;
    expect(sitemap.has(path), `${name} → ${path}`).toBe(true);
    await page.goto(path);
    await expect(page.locator('h1')).toContainText('Ihre Anlaufstelle');
    await expect(page.locator('h1')).toContainText(name);
    await expect(page.locator(`main h2 a[href="/standorte/${standortId}/"]`)).toHaveCount(1);
  }
});

test.describe('location pages', () => {
  test('offer the route planner as a plain external link and a contact card', async ({ page, request }) => {
    await page.goto('/standorte/artern/');
    const route = page.getByRole('link', { name: /Route planen/ });
    await expect(route).toHaveAttribute('href', 'https://www.openstreetmap.org/directions?to=Einbecker%20Stra%C3%9Fe%208%2C%20Artern');
    await expect(route).toHaveAttribute('rel', 'noopener noreferrer external');
    await expect(route).toContainText('externe Website');
    const vcard = page.getByRole('link', { name: /Kontakt speichern/ });
    await expect(vcard).toHaveAttribute('href', '/standorte/artern.vcf');
    const response = await request.get('/standorte/artern.vcf');
    expect(response.headers()['content-type']).toContain('text/vcard');
    const card = await response.text();
    expect(card).toContain('FN:ThINKA Artern');
    expect(card).toContain('TEL;TYPE=WORK,VOICE:+4934667404457');
    expect(card).toContain('EMAIL;TYPE=INTERNET,WORK:thinka-artern@t-online.de');
    expect(card).toContain('Einbecker Straße 8');
    const box = await page.locator('main a[href="tel:+4934667404457"]').first().boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
  });

  test('without a street there is no route link and no contact card, and the page names a sourced public page instead', async ({ page, request }) => {
    await page.goto('/standorte/weimar/');
    await expect(page.getByRole('link', { name: /Route planen/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Kontakt speichern/ })).toHaveCount(0);
    expect((await request.get('/standorte/weimar.vcf')).status()).toBe(404);
    const reach = page.locator('main .th-reach[data-reach="page"]');
    await expect(reach.locator('a[href="https://www.thinka.de/wordpress/stutzpunkte/weimar/"]').first()).toBeVisible();
    await expect(reach).toContainText('laut thinka.de, Stand November 2026');
    await expect(page.locator('main')).not.toContainText('Angaben folgen');
  });

  test('a street without a house number gets no route link (Erfurt, Johannesplatz), and the conflict is shown next to it', async ({ page }) => {
    await page.goto('/standorte/erfurt/');
    const johannesplatz = page.locator('section[aria-label="Büro Johannesplatz"]');
    await expect(johannesplatz.getByRole('link', { name: /Route planen/ })).toHaveCount(0);
    await expect(johannesplatz.locator('.th-source__warning').first()).toContainText('die Quellen widersprechen sich');
    await expect(page.locator('section[aria-label="Stadtteilbüro Rieth"]').getByRole('link', { name: /Route planen/ })).toHaveCount(1);
  });

  test('carry schema.org data with the served area', async ({ page }) => {
    await page.goto('/standorte/soemmerda/');
    const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(json).toMatchObject({ '@type': 'Organization', name: 'ThINKA Sömmerda', areaServed: expect.arrayContaining([{ '@type': 'City', name: 'Kölleda' }]) });
  });

  test('link every catchment entry to its place page', async ({ page }) => {
    await page.goto('/standorte/soemmerda/');
    await expect(page.locator('#zustaendig ~ ul a[href="/standorte/orte/koelleda/"]')).toHaveText('Kölleda (Stadt)');
  });
});
