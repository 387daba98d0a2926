/**
 * Issue 15 over the built site: every location page offers a way to reach a person with its source,
 * every shown sourced fact carries its source and date, and no link promises what its target lacks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { standortIds } from '../support/catchment';
import { DIST } from '../support/built-site';

const GERMAN_MONTHS = 'Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';
const STAND = new RegExp(`^\\(laut [a-z0-9.-]+\\.[a-z]{2,}, Stand (\\d{1,2}\\. )?((${GERMAN_MONTHS}) )?\\d{4}(, Seite ohne Datum)?\\)`);

for (const id of standortIds()) {
  test(`${id}: a way to reach a person, with its source; every fact with source and date`, async ({ page, request }) => {
    await page.goto(`/standorte/${id}/`);
    const reach = page.locator('main .th-reach');
    await expect(reach).toHaveCount(1);
    // A phone or e-mail link, an address, or a link to a public page or another Anlaufstelle.
    const ways = reach.locator('[data-way] a[href^="tel:"], [data-way] a[href^="mailto:"], [data-way] address, [data-way] > a[href]');
    expect(await ways.count(), 'ways to reach a person').toBeGreaterThan(0);
    expect(await reach.locator('.th-source__item').count(), 'sources in the reach box').toBeGreaterThan(0);

    // Every source shown anywhere on the page: a public address and a date, in the agreed wording.
    const items = page.locator('main .th-source__item');
    for (const item of await items.all()) {
      await expect(item).toHaveAttribute('data-source-url', /^https?:\/\/[^/]+\.[a-z]{2,}\//);
      await expect(item).toHaveAttribute('data-source-date', /^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect((await item.textContent())?.trim()).toMatch(STAND);
      // The host links to the source, unless the fact right beside it already links to the same page.
      const url = (await item.getAttribute('data-source-url'))!;
      const linked = await item.evaluate(
        (element, href) => [element, element.closest('li, dd, p')].some((scope) => [...(scope?.querySelectorAll('a') ?? [])].some((link) => link.getAttribute('href') === href)),
        url,
      );
      expect(linked, url).toBe(true);
    }

    // Phone, e-mail and address in the office details carry their source right next to them.
    for (const dd of await page.locator('main .th-contact dd').all()) expect(await dd.locator('.th-source__item').count()).toBeGreaterThan(0);
    for (const address of await page.locator('main .th-place address').all()) {
      expect(await address.locator('xpath=following-sibling::p[1]').locator('.th-source__item').count()).toBeGreaterThan(0);
    }

    await expect(page.locator('main')).not.toContainText('Angaben folgen');

    // "Kontakt speichern" only with something to save; the card then holds it.
    const vcard = page.getByRole('link', { name: /Kontakt speichern/ });
    const response = await request.get(`/standorte/${id}.vcf`);
    if ((await vcard.count()) === 0) {
      expect(response.status()).toBe(404);
    } else {
      const card = await response.text();
      expect(card).toMatch(/^(TEL|EMAIL)[;:]|^ADR;[^:]*:;[^;]*;[^;]*\d/m);
    }
    // "Route planen" only to a street with a house number.
    for (const route of await page.getByRole('link', { name: /Route planen/ }).all()) {
      expect(decodeURIComponent(new URL((await route.getAttribute('href'))!).searchParams.get('to') ?? '')).toMatch(/\d/);
    }
  });
}

test('changes are said on the page: Gera-Lusan closed, Sondershausen ended, Artern moved, new Nordhausen location', async ({ page }) => {
  for (const [id, text] of [
    ['gera', 'Das Büro in Lusan (Werner-Petzold-Straße 10) ist seit dem 22. Dezember 2021 geschlossen.'],
    ['sondershausen', 'ist das ThINKA-Projekt in Sondershausen erfolgreich abgeschlossen'],
    ['artern', 'in das neue Bürgerhaus am Königstuhl gezogen'],
    ['nordhausen', 'Die Stadt Nordhausen hat eine eigene ThINKA-Anlaufstelle.'],
  ] as const) {
    await page.goto(`/standorte/${id}/`);
    await expect(page.locator('main .th-changes'), id).toContainText(text);
    await expect(page.locator('main .th-changes .th-source__item').first(), id).toBeVisible();
  }
  // Sondershausen's own contact is in doubt: the page sends people to Artern, in the same district.
  await page.goto('/standorte/sondershausen/');
  await expect(page.locator('main .th-reach[data-reach="district"] a[href="/standorte/artern/"]')).toBeVisible();
  await expect(page.locator('main .th-reach a[href="tel:+4934667404457"]')).toBeVisible();
});

test('translated location pages offer the same way, with the source in the page language', async ({ page }) => {
  await page.goto('/en/standorte/artern/');
  await expect(page.locator('main .th-reach h2')).toHaveText('How to reach someone');
  await expect(page.locator('main .th-reach .th-source__item').first()).toContainText(/according to kyffhaeuser\.de, as of November 2026/);
  await page.goto('/fa/standorte/gera/');
  await expect(page.locator('main .th-changes .th-source__item').first()).toContainText('به نقل از otegau.de، به تاریخ ۲۰۲۲');
});

test('no content file of a location cites a file outside the project', () => {
  for (const id of standortIds()) {
    const text = readFileSync(join(process.cwd(), 'content/standorte', `${id}.mdx`), 'utf8');
    expect(text, id).not.toMatch(/thinka-facts|standorte-sources|\.\.\/shared/);
  }
  expect(readFileSync(join(DIST, 'standorte/artern/index.html'), 'utf8')).not.toMatch(/thinka-facts/);
});
