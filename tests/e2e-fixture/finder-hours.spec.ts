// The finder with opening hours and coordinates, against the fixture build (dist-fixture/, clearly
// fictional "Teststelle" locations from tests/fixtures/finder-content/). Clock and position are emulated.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DIST, pageScripts } from '../support/built-site';
import { watchPage } from '../e2e/support/site';

/** A Berlin wall-clock time with its UTC offset, e.g. '2026-03-31T10:30:00+02:00'. */
async function at(page: Page, berlinTime: string) {
  await page.clock.setFixedTime(new Date(berlinTime));
}

const officeStatus = (page: Page) => page.locator('section[aria-label="Testbüro Nordtesthausen"] [data-status]');

test.describe('live opening status in Berlin time', () => {
  test('"Jetzt geöffnet" during walk-in hours on a Tuesday morning in summer time', async ({ page }) => {
    await at(page, '2026-03-31T10:30:00+02:00');
    await page.goto('/standorte/teststelle-nord/');
    await expect(officeStatus(page)).toHaveText('Jetzt geöffnet · bis 12:00 Uhr');
    await expect(officeStatus(page)).toHaveAttribute('data-tone', 'open');
    const upcoming = page.locator('section[aria-label="Testbüro Nordtesthausen"] [data-upcoming] li');
    await expect(upcoming).toHaveText(['Di 31.3., 9:00 bis 12:00 Uhr', 'Di 31.3., 14:00 bis 16:00 Uhr', 'Mi 1.4., 9:00 bis 12:00 Uhr']);
    await expect(page.locator('section[aria-label="Testbüro Nordtesthausen"] [data-as-of]')).toContainText('Gerade eben berechnet');
  });

  test('"Öffnet heute um 14:00" at lunchtime, and one minute before closing it is still open', async ({ page }) => {
    await at(page, '2026-03-31T13:00:00+02:00');
    await page.goto('/standorte/teststelle-nord/');
    await expect(officeStatus(page)).toHaveText('Öffnet heute um 14:00');
    await at(page, '2026-03-31T11:59:00+02:00');
    await page.reload();
    await expect(officeStatus(page)).toHaveText('Jetzt geöffnet · bis 12:00 Uhr');
  });

  test('appointment-only hours say "Jetzt nur mit Termin"', async ({ page }) => {
    await at(page, '2026-04-02T15:00:00+02:00');
    await page.goto('/standorte/teststelle-nord/');
    await expect(officeStatus(page)).toHaveText('Jetzt nur mit Termin · bis 17:00 Uhr. Ohne Termin wieder: Di 9:00');
  });

  test('Karfreitag and Ostermontag are holidays: the next opening is Tuesday', async ({ page }) => {
    await at(page, '2026-04-03T10:00:00+02:00');
    await page.goto('/standorte/teststelle-nord/');
    await expect(officeStatus(page)).toHaveText('Heute geschlossen: Karfreitag · Nächste Sprechzeit: Di 9:00');
  });

  test('a weekend in winter time: "Nächste Sprechzeit: Mo 9:00"', async ({ page }) => {
    await at(page, '2026-01-17T11:00:00+01:00');
    await page.goto('/standorte/teststelle-nord/');
    await expect(officeStatus(page)).toHaveText('Nächste Sprechzeit: Mo 9:00');
  });

  test('announced closures close the office', async ({ page }) => {
    await at(page, '2026-07-07T10:00:00+02:00');
    await page.goto('/standorte/teststelle-nord/');
    await expect(officeStatus(page)).toHaveText('Heute geschlossen: Betriebsferien (Testangabe) · Nächste Sprechzeit: Mo 9:00');
  });

  test('Fronleichnam closes only where it is a holiday', async ({ page }) => {
    await at(page, '2026-06-04T10:00:00+02:00');
    await page.goto('/standorte/teststelle-west/');
    await expect(page.locator('section[aria-label="Testbüro Westprüfingen"] [data-status]')).toHaveText('Heute geschlossen: Fronleichnam · Nächste Sprechzeit: Do 11.6. 9:00');
    await page.goto('/standorte/teststelle-nord/');
    await expect(officeStatus(page)).toHaveText('Jetzt geöffnet · bis 12:00 Uhr');
  });

  test('the finder cards and the place pages show the live status too', async ({ page }) => {
    await at(page, '2026-03-31T10:30:00+02:00');
    await page.goto('/standorte/');
    const card = page.locator('#nach-landkreis [data-standort-id="teststelle-nord"]');
    await expect(card.locator('[data-status]').first()).toHaveText('Jetzt geöffnet · bis 12:00 Uhr');
    await page.goto('/standorte/orte/oberpruefdorf/');
    await expect(page.locator('h1')).toHaveText('Ihre Anlaufstelle in Oberprüfdorf');
    await expect(page.locator('main')).toContainText('Ortsteil von Nordtesthausen');
    await expect(officeStatus(page)).toHaveText('Jetzt geöffnet · bis 12:00 Uhr');
    await expect(page.locator('main a[href="tel:+493610000001"]').first()).toBeVisible();
  });

  test('without hours: one line names what is missing, no script, and the coordination office as the way to a person', async ({ page }) => {
    await page.goto('/standorte/teststelle-ohne-angaben/');
    await expect(page.locator('main .th-missing')).toHaveText(
      'Noch nicht bekannt: Träger, Adresse, Telefon, E-Mail, Sprechzeiten, Zugang ohne Stufen und Anfahrt mit Bus und Bahn.',
    );
    await expect(page.locator('main')).not.toContainText('Angaben folgen');
    await expect(page.locator('th-opening-status')).toHaveCount(0);
    await expect(page.locator('script[type="module"]')).toHaveCount(0);
    await expect(page.locator('main .th-reach[data-reach="coordination"] [data-way="coordination"] > a[href="https://thasg.de/uber-thsag/"]')).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the weekly table and the dated build-time list are shown, with no live claim', async ({ page }) => {
    await page.goto('/standorte/teststelle-nord/');
    const office = page.locator('section[aria-label="Testbüro Nordtesthausen"]');
    await expect(office.locator('table.th-hours tr')).toHaveCount(5);
    await expect(office.locator('table.th-hours')).toContainText('14:00 bis 17:00 Uhr (nur mit Termin)');
    await expect(office.locator('[data-upcoming] li')).toHaveCount(3);
    await expect(office.locator('[data-as-of]')).toContainText(/^Stand: \d{1,2}\. \p{L}+ \d{4}, beim Erstellen dieser Seite berechnet\./u);
    await expect(office.locator('[data-status]')).toBeHidden();
    await expect(page.locator('main')).not.toContainText('Jetzt geöffnet');
  });

  test('finder cards point to the location page instead of a stale status', async ({ page }) => {
    await page.goto('/standorte/');
    const card = page.locator('[data-standort-id="teststelle-nord"]');
    await expect(card).toContainText('Sprechzeiten: siehe Seite der Anlaufstelle');
    const empty = page.locator('[data-standort-id="teststelle-ohne-angaben"]');
    await expect(empty).not.toContainText('Sprechzeiten');
    await expect(empty.getByRole('link', { name: 'So erreichen Sie jemanden' })).toHaveAttribute('href', '/standorte/teststelle-ohne-angaben/#erreichen-teststelle-ohne-angaben');
  });
});

test.describe('sorting by distance', () => {
  // Near Sonneberg: Teststelle Süd is closest, then Nord (about 106 km), then West; the one without coordinates last.
  test.use({ geolocation: { latitude: 50.35, longitude: 11.17 }, permissions: ['geolocation'] });

  test('asks for the position only on request, sorts nearest first and sends nothing', async ({ page, baseURL }) => {
    const watch = watchPage(page, baseURL!);
    let geolocationCalls = 0;
    await page.exposeFunction('countGeolocationCall', () => {
      geolocationCalls += 1;
    });
    await page.addInitScript(() => {
      const original = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation);
      navigator.geolocation.getCurrentPosition = (...args) => {
        void (window as unknown as { countGeolocationCall: () => Promise<void> }).countGeolocationCall();
        original(...args);
      };
    });
    await page.goto('/standorte/');
    await page.waitForLoadState('networkidle');
    expect(geolocationCalls).toBe(0);
    const requestsAfterLoad: string[] = [];
    // The browser may fetch the tab's icon late on a busy machine; that request carries nothing of the visitor.
    // Typing loads the finder's own place search (/_astro/finder-places.*.js): site code, no query string, nothing of the visitor.
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname !== '/favicon.svg' && !(url.pathname.startsWith('/_astro/') && url.search === '')) requestsAfterLoad.push(request.url());
    });

    const button = page.getByRole('button', { name: 'Nach Entfernung sortieren' });
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(geolocationCalls).toBe(1);

    const items = page.locator('#finder-results > li');
    await expect(items.locator('h3')).toHaveText(['Teststelle Süd', 'Teststelle Nord', 'Teststelle West', 'Teststelle ohne Angaben']);
    await expect(items.first().locator('.th-result__distance')).toHaveText(/^ca\. \d,\d km Luftlinie$/);
    // Nord's nearest point is its outreach place (51.30, 11.05), about 106 km away, not its office.
    await expect(items.nth(1).locator('.th-result__distance')).toHaveText('ca. 106 km Luftlinie');
    await expect(items.last().locator('.th-result__distance')).toHaveText('Entfernung unbekannt: Lage noch nicht eingetragen');
    await expect(page.getByRole('status')).toHaveText('4 Anlaufstellen, nach Entfernung sortiert.');
    await expect(page.locator('#finder-geo-hint')).toContainText('nicht gesendet');

    // A search keeps the distance order among its results.
    await page.locator('#finder-query').fill('Teststelle');
    await expect(items.locator('h3')).toHaveText(['Teststelle Süd', 'Teststelle Nord', 'Teststelle West', 'Teststelle ohne Angaben']);

    // Pressing again returns to the normal order.
    await page.locator('#finder-query').fill('');
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('#finder-results')).toBeHidden();
    await expect(page.locator('#nach-landkreis')).toBeVisible();

    await page.waitForLoadState('networkidle');
    expect(requestsAfterLoad).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
});

test.describe('sorting by distance without permission', () => {
  test.use({ permissions: [] });

  test('explains and leaves the finder working', async ({ page }) => {
    await page.goto('/standorte/');
    await page.getByRole('button', { name: 'Nach Entfernung sortieren' }).click();
    await expect(page.getByRole('status')).toHaveText(/Ohne Freigabe Ihres Standorts/);
    await page.locator('#finder-query').fill('Suedtestingen');
    await expect(page.locator('#finder-results > li').first().locator('h3')).toHaveText('Teststelle Süd');
  });
});

test('keyboard only: search a fixture place with an umlaut typed without it and open its page', async ({ page }) => {
  await at(page, '2026-03-31T10:30:00+02:00');
  await page.goto('/standorte/');
  await page.keyboard.press('Tab'); // skip link
  for (let step = 0; step < 30; step += 1) {
    if (await page.locator('#finder-query').evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.type('Oberprufdorf');
  const first = page.locator('#finder-results > li').first();
  await expect(first.locator('.th-result__match')).toHaveText('Zuständig für Oberprüfdorf (Nordtesthausen)');
  await expect(first.locator('[data-status]').first()).toHaveText('Jetzt geöffnet · bis 12:00 Uhr');
  await page.keyboard.press('Tab'); // Suchen
  // The results come right after the field; "Nach Entfernung sortieren" follows them.
  await page.keyboard.press('Tab'); // Zuständig für Oberprüfdorf
  await expect(first.locator('.th-result__match a')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/standorte\/orte\/oberpruefdorf\/$/);
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 }, geolocation: { latitude: 50.35, longitude: 11.17 }, permissions: ['geolocation'] });

  test('hours, status, results and distances fit without horizontal scrolling', async ({ page }) => {
    await at(page, '2026-03-31T10:30:00+02:00');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.goto('/standorte/teststelle-nord/');
    await expect(officeStatus(page)).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.goto('/standorte/');
    await page.getByRole('button', { name: 'Nach Entfernung sortieren' }).click();
    await expect(page.locator('#finder-results > li')).toHaveCount(4);
    expect(await overflow()).toBeLessThanOrEqual(0);
    for (const target of [
      page.locator('#finder-query'),
      page.locator('th-finder').getByRole('button', { name: 'Suchen' }),
      page.getByRole('button', { name: 'Nach Entfernung sortieren' }),
    ]) {
      expect((await target.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    }
  });
});

test('the scripts of a page with finder and live status together stay small (gzip)', () => {
  const scripts = pageScripts(readFileSync(join(DIST, 'standorte/index.html'), 'utf8'));
  expect(scripts.length).toBeGreaterThanOrEqual(2);
  for (const { src, gzipBytes } of scripts) console.log(`${src}: ${gzipBytes} bytes gzip`);
  const total = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
  console.log(`finder + opening status: ${total} bytes gzip`);
  expect(total).toBeLessThan(8 * 1024);
});

test.describe('in other languages', () => {
  test('the live status speaks English on the English location page', async ({ page }) => {
    await at(page, '2026-03-31T10:30:00+02:00');
    await page.goto('/en/standorte/teststelle-nord/');
    await expect(officeStatus(page)).toHaveText('Open now · until 12:00');
    await expect(page.locator('section[aria-label="Testbüro Nordtesthausen"] table th').first()).toHaveText('Monday');
  });

  test('opening hours read right to left in Arabic, with the times left to right', async ({ page }) => {
    await at(page, '2026-03-31T10:30:00+02:00');
    await page.goto('/ar/standorte/teststelle-nord/');
    await expect(officeStatus(page)).toHaveText('مفتوح الآن · حتى 12:00');
    await expect(page.locator('section[aria-label="Testbüro Nordtesthausen"] h3')).toHaveAttribute('lang', 'de');
  });
});

test.describe('Leichte Sprache kept by editors', () => {
  test("a location's Leichte-Sprache text shows on its page and is listed on the Leichte-Sprache overview", async ({ page }) => {
    await page.goto('/standorte/teststelle-nord/');
    const section = page.locator('#leichte-sprache');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText('In Leichter Sprache');
    await expect(section.locator('strong')).toHaveText('Sprech·zeit');
    await expect(section.locator('li')).toHaveText(['Montag von 9 bis 12 Uhr.', 'Dienstag von 9 bis 12 Uhr.']);
    await page.getByRole('link', { name: 'Diese Seite in Leichter Sprache' }).click();
    await expect(page).toHaveURL(/#leichte-sprache$/);

    await page.goto('/leichte-sprache/');
    const elsewhere = page.getByRole('navigation', { name: 'Weitere Seiten mit Leichter Sprache' });
    await expect(elsewhere.getByRole('link', { name: 'Teststelle Nord' })).toHaveAttribute('href', '/standorte/teststelle-nord/#leichte-sprache');
    await expect(elsewhere.getByRole('link', { name: 'Über ThINKA' })).toHaveAttribute('href', '/ueber-thinka/#leichte-sprache');
  });

  test('on the English page the Leichte-Sprache section stays German and says so', async ({ page }) => {
    await page.goto('/en/standorte/teststelle-nord/');
    await expect(page.locator('#leichte-sprache')).toHaveAttribute('lang', 'de');
  });
});
