// "Anlaufstelle finden" against the real content: search by place, postcode and typo, keyboard only,
// without JavaScript (one page per place of every catchment: tests/dist/place-pages.test.ts). Opening hours and distances are
// tested against the fixture build (tests/e2e-fixture/), since the real content has neither yet.
import { gzipSync } from 'node:zlib';
import { expect, test, type Page, type Response } from '@playwright/test';
import { catchmentEntries, standortIds } from '../support/catchment';

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
    await expect(results(page).first().locator('.th-result__match')).toHaveText('Zuständig für 06556 Artern');
    // The other places of 06556 are in the Kyffhäuserkreis too: its other Anlaufstellen follow, saying why.
    await expect(results(page).nth(1).locator('.th-result__match')).toContainText('Anlaufstelle im Kyffhäuserkreis');
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
    await expect(page.getByRole('status')).toContainText('„Xyzzyhausen“ steht nicht in unserem Ortsverzeichnis für Thüringen');
    await expect(page.getByRole('status')).not.toContainText('Schreibweise');
    await expect(page.locator('#orte-a-z')).toBeVisible();
    await search(page).fill('');
    await expect(page.getByRole('status')).toHaveText('');
  });

  for (const [query, name, line] of [
    ['Gera-Lusan', 'ThINKA Gera', 'Zuständig für Lusan (Gera)'],
    // Since the sourced facts (issue 15) Saalfeld and Erfurt name no catchment: the district's Anlaufstelle answers.
    ['Saalfeld/Saale', 'ThINKA Saalfeld', 'Für Saalfeld/Saale: Anlaufstelle im Landkreis Saalfeld-Rudolstadt'],
    ['Artern/Unstrut', 'ThINKA Artern', 'Zuständig für Artern'],
    // The catchment names the Ortsteil Leinefelde only: for the whole town the district's Anlaufstelle answers.
    ['Leinefelde-Worbis', 'ThINKA Leinefelde', 'Für Leinefelde-Worbis: Anlaufstelle im Landkreis Eichsfeld'],
    ['Landkreis Sömmerda', 'ThINKA Sömmerda', 'Anlaufstelle im Landkreis Sömmerda'],
    ['Эрфурт', 'ThINKA Erfurt', 'Für Erfurt: Anlaufstelle in Erfurt'],
    ['إرفورت', 'ThINKA Erfurt', 'Für Erfurt: Anlaufstelle in Erfurt'],
    ['99625', 'ThINKA Sömmerda', 'Zuständig für 99625 Kölleda'],
  ] as const) {
    test(`"${query}" (several words, a district or another script) finds ${name}`, async ({ page }) => {
      await typeQuery(page, query);
      await expect(results(page).first().locator('.th-result__match')).toHaveText(line);
      await expect(results(page).first().getByRole('heading', { level: 3 })).toHaveText(name);
    });
  }

  test("a place in a covered district without a catchment entry gets the district's Anlaufstellen", async ({ page }) => {
    await typeQuery(page, 'Greußen');
    await expect(results(page).first().locator('.th-result__match')).toHaveText('Für Greußen: Anlaufstelle im Kyffhäuserkreis');
    await expect(page.getByRole('status')).not.toContainText('Schreibweise');
  });

  test('a district without Anlaufstelle says so and lists the nearest by straight-line distance', async ({ page }) => {
    await typeQuery(page, 'Hildburghausen');
    const notice = page.locator('[data-finder-notice]');
    await expect(notice).toContainText('Hildburghausen liegt im Landkreis Hildburghausen.');
    await expect(notice).toContainText('In Ihrem Landkreis gibt es zurzeit keine ThINKA-Anlaufstelle.');
    await expect(notice).toContainText('Luftlinie');
    await expect(results(page)).toHaveCount(3);
    await expect(results(page).first().locator('.th-result__match')).toHaveText(/^ca\. \d+ km Luftlinie von Hildburghausen$/);
    await typeQuery(page, 'Suhl');
    await expect(page.locator('[data-finder-notice]')).toContainText('In Ihrer Stadt gibt es zurzeit keine ThINKA-Anlaufstelle.');
  });

  for (const [query, text] of [
    ['Thüringen', 'Thüringen ist das ganze Land.'],
    ['04109', 'Die Postleitzahl 04109 liegt nicht in Thüringen.'],
    ['Leipzig', 'Leipzig liegt nicht in Thüringen.'],
  ] as const) {
    test(`"${query}" gets an honest answer, not a fuzzy neighbour`, async ({ page }) => {
      await typeQuery(page, query);
      await expect(page.getByRole('status')).toContainText(text);
      await expect(results(page)).toHaveCount(0);
      await expect(page.locator('#orte-a-z')).toBeVisible();
    });
  }

  test("budget: the finder's JavaScript and data ≤ 40 KB gzip on first use; the gazetteer loads only then", async ({ page }) => {
    // The test server sends files uncompressed: count what a gzip-serving host sends (level 6, as deploy/nginx).
    const loaded: Array<Promise<{ path: string; bytes: number }>> = [];
    page.on('response', (response: Response) => {
      const url = new URL(response.url());
      if (!url.pathname.endsWith('.js')) return;
      loaded.push(response.body().then((body) => ({ path: url.pathname, bytes: gzipSync(body, { level: 6 }).length })));
    });
    await page.goto('/standorte/');
    await page.waitForLoadState('networkidle');
    const before = await Promise.all(loaded);
    expect(before.map((entry) => entry.path).filter((path) => path.includes('finder-places'))).toEqual([]);
    await search(page).fill('Kölleda');
    await expect(results(page).first()).toContainText('ThINKA Sömmerda');
    await page.waitForLoadState('networkidle');
    const all = await Promise.all(loaded);
    expect(all.some((entry) => entry.path.includes('finder-places'))).toBe(true);
    // The finder's data and texts are part of the page; they count towards the finder's first use.
    const data = (await page.locator('script[data-finder-data], script[data-script-texts="finder"]').allTextContents()).join('');
    const dataBytes = gzipSync(data, { level: 6 }).length;
    const total = all.reduce((sum, entry) => sum + entry.bytes, 0) + dataBytes;
    console.log(`\nFinder bei erster Nutzung: ${(total / 1024).toFixed(1)} KB gzip (Daten in der Seite ${(dataBytes / 1024).toFixed(1)} KB)`);
    for (const entry of all) console.log(`  ${(entry.bytes / 1024).toFixed(1).padStart(6)} KB  ${entry.path}`);
    expect(total).toBeLessThanOrEqual(40 * 1024);
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

  test('the intro says only what is on screen: no search field, so no "Suche"', async ({ page }) => {
    await page.goto('/standorte/');
    const lead = page.locator('.th-finder__lead');
    await expect(lead).toContainText('Liste von A bis Z');
    await expect(lead).not.toContainText('Suche');
    await expect(page.getByRole('heading', { name: 'Alle Orte Thüringens von A bis Z' })).toBeVisible();
    await expect(page.locator('.th-all-places__districts a')).toHaveCount(22);
    await expect(page.locator('.th-all-places__districts a[href="/standorte/kreise/jena/"]')).toHaveText('Kreisfreie Stadt Jena');
    await expect(page.locator('.th-credit')).toContainText('GeoNames');
    await expect(page.locator('.th-credit a[href="https://creativecommons.org/licenses/by/4.0/deed.de"]')).toHaveText('Lizenz: CC BY 4.0');
  });

  test('from the A–Z index to the row of a place on its district page, with the responsible Anlaufstelle', async ({ page }) => {
    await page.goto('/standorte/');
    await page.locator('#alle-orte ~ nav a, #alle-orte + nav a').filter({ hasText: /^K$/ }).click();
    await expect(page).toHaveURL(/\/standorte\/orte-a-z\/k\/$/);
    await expect(page.locator('h1')).toHaveText('Orte mit K');
    await page.getByRole('link', { name: 'Kölleda', exact: true }).click();
    await expect(page).toHaveURL(/\/standorte\/kreise\/soemmerda\/#ort-koelleda$/);
    await expect(page.locator('h1')).toHaveText('Alle Orte im Landkreis Sömmerda');
    const row = page.locator('#ort-koelleda');
    await expect(row).toContainText('ThINKA Sömmerda');
    await expect(row).toContainText('Zuständig für Kölleda');
    await expect(row).toContainText('99625');
  });

  test('a district without Anlaufstelle lists its places with the nearest ones, by straight-line distance', async ({ page }) => {
    await page.goto('/standorte/kreise/hildburghausen/');
    await expect(page.locator('h1')).toHaveText('Alle Orte im Landkreis Hildburghausen');
    await expect(page.locator('main')).toContainText('In Ihrem Landkreis gibt es zurzeit keine ThINKA-Anlaufstelle.');
    await expect(page.locator('#ort-hildburghausen')).toContainText(/ca\. \d+ km Luftlinie von Hildburghausen/);
    await page.goto('/standorte/kreise/suhl/');
    await expect(page.locator('main')).toContainText('In Ihrer Stadt gibt es zurzeit keine ThINKA-Anlaufstelle.');
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
    const json: unknown = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(json).toMatchObject({ '@type': 'Organization', name: 'ThINKA Sömmerda', areaServed: expect.arrayContaining([{ '@type': 'City', name: 'Kölleda' }]) });
  });

  test('name the kind of district: kreisfreie Stadt or Landkreis', async ({ page }) => {
    await page.goto('/standorte/jena/');
    await expect(page.locator('.th-standort__facts dt', { hasText: 'Kreisfreie Stadt' })).toHaveCount(1);
    await expect(page.locator('.th-standort__facts')).not.toContainText('Landkreis');
    await page.goto('/standorte/soemmerda/');
    await expect(page.locator('.th-standort__facts dt', { hasText: 'Landkreis' })).toHaveCount(1);
    await page.goto('/standorte/');
    await expect(page.locator('#kreis-jena')).toHaveText('Jena (Kreisfreie Stadt)');
    await expect(page.locator('#kreis-soemmerda')).toHaveText('Sömmerda (Landkreis)');
    await page.goto('/suche/');
    await expect(page.locator('select[name="landkreis"] option[value="Erfurt"]')).toHaveText('Kreisfreie Stadt Erfurt');
    await expect(page.locator('select[name="landkreis"] option[value="Sömmerda"]')).toHaveText('Landkreis Sömmerda');
  });

  test('link every catchment entry to its place page', async ({ page }) => {
    await page.goto('/standorte/soemmerda/');
    await expect(page.locator('#zustaendig ~ ul a[href="/standorte/orte/koelleda/"]')).toHaveText('Kölleda (Stadt)');
  });
});
