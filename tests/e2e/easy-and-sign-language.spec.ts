// Leichte Sprache and Deutsche Gebärdensprache: reachable from every page, honest about what is missing.
import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/built-site';

const EASY_PAGES = ['/leichte-sprache/was-ist-thinka/', '/leichte-sprache/anlaufstelle/', '/leichte-sprache/anlaufstelle-finden/', '/leichte-sprache/hilfe-bekommen/'];

test('every page links to Leichte Sprache and Gebärdensprache at the top', () => {
  // The header is the same component everywhere; tests/dist/pages.test.ts reads every page. Here: the links sit in the header.
  expect(sitemapPaths()).toEqual(expect.arrayContaining(['/leichte-sprache/', ...EASY_PAGES, '/gebaerdensprache/']));
});

test('the Leichte-Sprache overview leads to every topic and to other pages with a Leichte-Sprache version', async ({ page }) => {
  await page.goto('/ueber-thinka/');
  await page.locator('.th-site-header__access').getByRole('link', { name: 'Leichte Sprache' }).click();
  await expect(page).toHaveURL('/leichte-sprache/');
  const topics = page.getByRole('navigation', { name: 'Diese Themen gibt es in Leichter Sprache:' }).getByRole('link');
  expect(await topics.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(EASY_PAGES);
  const elsewhere = page.getByRole('navigation', { name: 'Weitere Seiten mit Leichter Sprache' });
  await expect(elsewhere.getByRole('link', { name: 'Über ThINKA' })).toHaveAttribute('href', '/ueber-thinka/#leichte-sprache');
});

for (const path of EASY_PAGES) {
  test(`${path} has pictures with alt text, served from this site`, async ({ page }) => {
    await page.goto(path);
    const images = page.locator('main img');
    expect(await images.count()).toBeGreaterThan(0);
    for (const image of await images.all()) {
      expect((await image.getAttribute('alt'))?.trim().length, (await image.getAttribute('src')) ?? '').toBeGreaterThan(3);
      expect(await image.getAttribute('src')).toMatch(/^\/_astro\/[\w.-]+\.svg$/);
      // Pictures further down load lazily: bring each into view, then it must load.
      await image.scrollIntoViewIfNeeded();
      await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)).toBe(true);
    }
  });
}

test('"Über ThINKA" carries its Leichte-Sprache version, marked German, reachable by a link at the top', async ({ page }) => {
  await page.goto('/ueber-thinka/');
  const section = page.locator('#leichte-sprache');
  await expect(section.getByRole('heading', { level: 2, name: 'In Leichter Sprache' })).toBeVisible();
  await expect(section).toContainText('Eine Anlauf·stelle ist ein Ort für Beratung.');
  await page.getByRole('link', { name: 'Diese Seite in Leichter Sprache' }).click();
  await expect(page).toHaveURL('/ueber-thinka/#leichte-sprache');
});

test('the Gebärdensprache page says honestly that the DGS video is not recorded yet', async ({ page }) => {
  await page.goto('/gebaerdensprache/');
  await expect(page.locator('main')).toContainText('Das Video ist noch nicht aufgenommen.');
  await expect(page.locator('main video')).toHaveCount(0);
  await page.goto('/barrierefreiheit/');
  await expect(page.locator('main')).toContainText('ist noch nicht aufgenommen');
  await expect(page.locator('main')).toContainText('Landesdurchsetzungsstelle für barrierefreies Internet beim Thüringer Landesbeauftragten für Menschen mit Behinderungen (TLMB)');
});

test('Impressum and the accessibility feedback name what is known with its source and say plainly what is missing, with a way to reach someone', async ({ page }) => {
  for (const path of ['/impressum/', '/barrierefreiheit/']) {
    await page.goto(path);
    const main = page.locator('main');
    for (const placeholder of ['Angaben folgen', 'TODO', 'Platzhalter', 'vor der Veröffentlichung']) await expect(main, path).not.toContainText(placeholder);
    await expect(main, path).toContainText('ThASG e.V.');
    await expect(main, path).toContainText(/Was (hier )?noch fehlt:/);
    await expect(main.getByRole('link', { name: /Anlaufstelle/ }).first(), path).toHaveAttribute('href', '/standorte/');
    await expect(main.locator('a[href^="https://thasg.de/"]').first(), path).toBeVisible();
  }
  await page.goto('/impressum/');
  await expect(page.locator('main')).toContainText('laut nnz-online.de, Stand 22. Januar 2026');
  await page.goto('/barrierefreiheit/');
  await expect(page.locator('main')).toContainText('laut kobinet-nachrichten.org, Stand 10. März 2021');
});

test('Leichte-Sprache pages use large type (at least 19 px), list the topics once and promise nothing the site lacks', async ({ page }) => {
  for (const path of ['/leichte-sprache/', ...EASY_PAGES]) {
    await page.goto(path);
    const small = await page
      .locator('main article > p')
      .evaluateAll((paragraphs) => paragraphs.filter((p) => Number.parseFloat(getComputedStyle(p).fontSize) < 19).map((p) => p.textContent?.slice(0, 40)));
    expect(small, path).toEqual([]);
    expect(await page.locator('main article > p').count(), path).toBeGreaterThan(0);
    await expect(page.locator('main')).not.toContainText('Angaben folgen');
    await expect(page.locator('main')).not.toContainText('Die Telefon·nummer steht auf der Seite von der Anlauf·stelle.');
  }
  await page.goto('/leichte-sprache/');
  await expect(page.locator('main article > ul')).toHaveCount(0);
  await expect(page.locator('main')).toContainText('Unten stehen die Themen.');
});
