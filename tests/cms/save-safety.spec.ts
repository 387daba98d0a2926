// The CMS never loses, moves or corrupts content: each journey as staff would take it, judged by the files on disk.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import sharp from 'sharp';
import { addOpeningHours, fillCommonMediaFields, frontMatter, openCms, publish, savedFile, upload } from './support/cms-page';
import { buildFrom, DECAP_TEST_PORT, resetCmsRepo, routeCmsTo, startCmsRepo, type CmsRepo } from './support/cms-repo';

test.describe.configure({ mode: 'serial' });

let repo: CmsRepo;
let context: BrowserContext;
let page: Page;
/** A decap-server of this file's own, beside the one of cms.spec.ts. */
const PORT = DECAP_TEST_PORT + 1;
const uploads = mkdtempSync(join(tmpdir(), 'thinka-uploads-'));
const fileIn = (...parts: string[]) => join(repo.dir, ...parts);
const read = (path: string) => readFileSync(fileIn(path), 'utf8');
/** The MDX body: everything after the front matter, blank lines at its ends aside. */
const bodyOf = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '').trim();

/** A real JPEG of one colour, saved as <folder>/<name>, so two files can share a name but not their content. */
async function jpeg(folder: string, name: string, colour: string): Promise<string> {
  const path = join(uploads, folder, name);
  const { mkdirSync } = await import('node:fs');
  mkdirSync(join(uploads, folder), { recursive: true });
  await sharp({ create: { width: 400, height: 300, channels: 3, background: colour } })
    .jpeg()
    .toFile(path);
  return path;
}

test.beforeAll(async ({ browser }) => {
  repo = await startCmsRepo(PORT);
  context = await browser.newContext();
  await routeCmsTo(context, PORT);
  page = await context.newPage();
});

test.afterAll(async () => {
  await context?.close();
  repo?.stop();
});

test.beforeEach(() => resetCmsRepo(repo));

/** Change the „Beschreibung“ of a page by one word and publish. */
async function changeDescription(route: string): Promise<void> {
  await openCms(page, route);
  const description = page.getByRole('textbox', { name: 'Beschreibung', exact: true });
  const before = await description.inputValue();
  await description.fill(`${before.replace(/\.$/, '')} – geprüft.`);
  await publish(page);
}

for (const [route, file] of [
  ['barrierefreiheit', 'content/pages/barrierefreiheit/index.mdx'],
  ['impressum', 'content/pages/impressum/index.mdx'],
  ['datenschutz', 'content/pages/datenschutz/index.mdx'],
  ['foerderhinweis', 'content/pages/foerderhinweis/index.mdx'],
  ['gebaerdensprache', 'content/pages/gebaerdensprache/index.mdx'],
  ['ueber-thinka/konzept-und-ziele', 'content/pages/ueber-thinka/konzept-und-ziele/index.mdx'],
  ['leichte-sprache/anlaufstelle', 'content/pages/leichte-sprache/anlaufstelle/index.mdx'],
] as const) {
  test(`saving the page ${route} changes its own file and nothing else`, async () => {
    const bodyBefore = bodyOf(read(file));
    await changeDescription(`/collections/pages/entries/${route}/index`);
    await expect.poll(() => repo.changedFiles(), { timeout: 30_000 }).toEqual([file]);
    expect(String(frontMatter(read(file)).description)).toMatch(/ – geprüft\.$/);
    // The text below the front matter stays as it was: links, pictograms and all (a save had turned ../bilder/ images into text).
    expect(bodyOf(read(file))).toBe(bodyBefore);
  });
}

test('a new page is saved at the path the editor chose', async () => {
  await openCms(page, '/collections/pages/new');
  await page.getByRole('textbox', { name: 'Pfad' }).fill('ueber-thinka/presse');
  await page.getByRole('textbox', { name: 'Titel', exact: true }).fill('Presse');
  await page.getByRole('textbox', { name: 'Beschreibung', exact: true }).fill('Ansprechpartner und Material für die Presse.');
  await publish(page);
  const saved = await savedFile(fileIn('content/pages/ueber-thinka/presse/index.mdx'));
  expect(saved).toContain('title: Presse');
  expect(repo.changedFiles()).toEqual(['content/pages/ueber-thinka/presse/index.mdx']);
});

test('two profiles upload different portraits of the same file name: both survive and both build', async () => {
  const first = await jpeg('a', 'portrait.jpg', '#204060');
  const second = await jpeg('b', 'portrait.jpg', '#c08020');
  for (const [role, portrait, alt] of [
    ['Beraterin Nord', first, 'Eine Person vor blauem Grund.'],
    ['Berater Süd', second, 'Eine Person vor gelbem Grund.'],
  ] as const) {
    await openCms(page, '/collections/team/new');
    await page.getByLabel('Funktion', { exact: true }).fill(role);
    await page.getByLabel('Arbeitsbereich').fill('Anlaufstelle Musterstadt');
    await page.getByLabel('Kurzbeschreibung').fill('Berät Menschen im Stadtteil.');
    await upload(page, portrait);
    await page.getByRole('textbox', { name: 'Alternativtext' }).fill(alt);
    await publish(page);
    await expect(page.getByText('Beitrag gespeichert')).toBeVisible({ timeout: 30_000 });
  }
  expect(repo.changedFiles().sort()).toEqual([
    'content/team/berater-sued/index.mdx',
    'content/team/berater-sued/portrait.jpg',
    'content/team/beraterin-nord/index.mdx',
    'content/team/beraterin-nord/portrait.jpg',
  ]);
  // Each profile keeps its own picture: the files differ as the uploads did.
  expect(readFileSync(fileIn('content/team/beraterin-nord/portrait.jpg'))).toEqual(readFileSync(first));
  expect(readFileSync(fileIn('content/team/berater-sued/portrait.jpg'))).toEqual(readFileSync(second));
  const build = buildFrom(repo.dir);
  expect(build.status, build.output.slice(-2000)).toBe(0);
  expect(readFileSync(join(build.dist, 'team/beraterin-nord/index.html'), 'utf8')).toContain('Eine Person vor blauem Grund.');
  expect(readFileSync(join(build.dist, 'team/berater-sued/index.html'), 'utf8')).toContain('Eine Person vor gelbem Grund.');
});

test('a title with umlauts gives a German slug (ü → ue)', async () => {
  await openCms(page, '/collections/pages/new');
  await page.getByRole('textbox', { name: 'Pfad' }).fill('film-ueber-zusammenhalt');
  await openCms(page, '/collections/team/new');
  await page.getByLabel('Funktion', { exact: true }).fill('Fachkraft für Öffentlichkeitsarbeit');
  await page.getByLabel('Arbeitsbereich').fill('Koordinierungsstelle Jena');
  await page.getByLabel('Kurzbeschreibung').fill('Schreibt über die Arbeit der Anlaufstellen.');
  await publish(page);
  await savedFile(fileIn('content/team/fachkraft-fuer-oeffentlichkeitsarbeit/index.mdx'));
  expect(repo.changedFiles()).toEqual(['content/team/fachkraft-fuer-oeffentlichkeitsarbeit/index.mdx']);
});

/** Expect a refused save: the message at its field, and not one file changed. */
async function expectRefused(message: string | RegExp): Promise<void> {
  await publish(page);
  await expect(page.getByText(message).first()).toBeVisible();
  await page.waitForTimeout(500);
  expect(repo.changedFiles()).toEqual([]);
}

test('closing before opening is refused at „bis“', async () => {
  await openCms(page, '/collections/standorte/entries/artern');
  await addOpeningHours(page, 'Dienstag', '13:00', '12:00');
  await expectRefused('„bis“ muss nach „von“ liegen.');
});

test('swapped coordinates are refused at both fields', async () => {
  await openCms(page, '/collections/standorte/entries/artern');
  await page.getByRole('spinbutton', { name: 'Breitengrad' }).first().fill('11.0');
  await page.getByRole('spinbutton', { name: 'Längengrad' }).first().fill('51.3');
  await expectRefused(/Breitengrad|50\.1/);
  await expect(page.getByText(/Längengrad|12\.7/).first()).toBeVisible();
});

test('an order below its minimum is refused, and an order is always a whole number', async () => {
  await openCms(page, '/collections/pages/entries/impressum/index');
  const order = page.getByRole('spinbutton', { name: /^Reihenfolge/ });
  await order.fill('-1');
  await expectRefused(/mindestens 0|0 oder größer|kleiner als|zwischen|min/i);
  await order.fill('2.5');
  await expect(order).toHaveValue('2');
  await publish(page);
  await expect.poll(() => frontMatter(read('content/pages/impressum/index.mdx')).order, { timeout: 30_000 }).toBe(2);
});

test('a photo piece without an image is refused', async () => {
  await openCms(page, '/collections/media-photo/new');
  await fillCommonMediaFields(page, 'Ohne Bild');
  await expectRefused('„Foto“ braucht genau 1 Eintrag/Einträge.');
});

test('a series with one image, and a piece showing people without consent, are refused', async () => {
  const picture = await jpeg('serie', 'strassenfest.jpg', '#336633');
  await openCms(page, '/collections/media-series/new');
  await fillCommonMediaFields(page, 'Straßenfest');
  await page.getByRole('button', { name: /foto hinzufügen/i }).click();
  await upload(page, picture);
  await page.getByRole('textbox', { name: 'Alternativtext' }).fill('Menschen an Tischen auf einer Straße.');
  await page.getByLabel('Personen erkennbar').click();
  await expectRefused('„Fotos“ braucht mindestens 2 Einträge.');
  await expect(page.getByText(/Ohne schriftliche Einwilligung darf der Beitrag nicht erscheinen/).first()).toBeVisible();
});

test('a file that is not the image its name says (.exe renamed to .png) is refused', async () => {
  const fake = join(uploads, 'programm.png');
  writeFileSync(fake, Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(2048, 0x41)]));
  await openCms(page, '/collections/team/new');
  await page.getByLabel('Funktion', { exact: true }).fill('Verwaltung');
  await page.getByLabel('Arbeitsbereich').fill('Koordinierungsstelle Jena');
  await page.getByLabel('Kurzbeschreibung').fill('Kümmert sich um die Verwaltung.');
  await upload(page, fake);
  await page.getByRole('textbox', { name: 'Alternativtext' }).fill('Ein Bild.');
  await expectRefused(/ist kein PNG-Bild/);
});

test('a video with speech and no captions is refused at „Untertitel“', async () => {
  await openCms(page, '/collections/media-video/new');
  await fillCommonMediaFields(page, 'Ohne Untertitel');
  await upload(page, join(process.cwd(), 'public/media/leitlinien-video/thinka-leitlinien-video.mp4'), page.getByRole('button', { name: 'Wählen Sie eine Datei' }).first());
  await upload(page, await jpeg('video', 'standbild.jpg', '#224466'));
  await page.getByRole('textbox', { name: 'Alternativtext' }).fill('Ein Standbild aus dem Video.');
  await page.getByRole('textbox', { name: 'Dauer' }).fill('0:58');
  // Decap starts the list with one empty track; the editor removes it.
  const captions = page.locator('[aria-label="Eingabefeld"]', { has: page.getByText('Pflicht, wenn im Video gesprochen wird.') });
  await captions.getByRole('button', { name: 'Eintrag entfernen' }).click();
  await expect(captions.getByRole('button', { name: 'Eintrag entfernen' })).toHaveCount(0);
  await expectRefused('Videos mit gesprochenem Text brauchen Untertitel (WebVTT). Bitte eine Untertiteldatei hinzufügen.');
});

test('two tabs edit one entry: the second save is refused and the first change is kept', async () => {
  const second = await context.newPage();
  try {
    await openCms(page, '/collections/pages/entries/impressum/index');
    await openCms(second, '/collections/pages/entries/impressum/index');
    const field = page.getByRole('textbox', { name: 'Beschreibung', exact: true });
    await field.fill('Erste Fassung aus dem ersten Fenster.');
    await publish(page);
    const description = () => frontMatter(read('content/pages/impressum/index.mdx')).description;
    await expect.poll(description, { timeout: 30_000 }).toBe('Erste Fassung aus dem ersten Fenster.');
    await second.getByRole('textbox', { name: 'Beschreibung', exact: true }).fill('Zweite Fassung aus dem zweiten Fenster.');
    await publish(second);
    await expect(second.getByText(/wurde geändert, seit Sie ihn geöffnet haben/)).toBeVisible();
    await second.waitForTimeout(500);
    expect(description()).toBe('Erste Fassung aus dem ersten Fenster.');
    // The second editor's text is still in the editor, nothing of it lost.
    await expect(second.getByRole('textbox', { name: 'Beschreibung', exact: true })).toHaveValue('Zweite Fassung aus dem zweiten Fenster.');
    // The first window may save again: its own save is not someone else's.
    await field.fill('Erste Fassung, noch einmal verbessert.');
    await publish(page);
    await expect.poll(description, { timeout: 30_000 }).toBe('Erste Fassung, noch einmal verbessert.');
    expect(repo.changedFiles()).toEqual(['content/pages/impressum/index.mdx']);
  } finally {
    await second.close();
  }
});

test('editors see German labels: option names, required fields without „(optional)“, one-line address fields', async () => {
  await openCms(page, '/collections/standorte/entries/artern');
  await page
    .getByRole('button', { name: /außensprechstunde hinzufügen/i })
    .first()
    .click();
  await page.getByRole('combobox', { name: 'Art des Ortes' }).click();
  await expect(page.getByRole('option', { name: 'Sprechstunde vor Ort' })).toBeVisible();
  await expect(page.getByRole('option', { name: 'gemeinde', exact: true })).toHaveCount(0);
  await page.keyboard.press('Escape');
  const editorText = await page.locator('form, [class*="ControlPane"], main').first().innerText();
  expect(editorText).not.toMatch(/ORT \(OPTIONAL\)/i);
  // Street and quarter are one line: Enter cannot put a line break into an address.
  for (const name of ['Straße und Hausnummer', 'Stadtteil oder Ortsteil']) {
    expect(
      await page
        .getByRole('textbox', { name })
        .first()
        .evaluate((element) => element.tagName),
      name,
    ).toBe('INPUT');
  }
  await expect(page.getByText(/Set .* to now/)).toHaveCount(0);
  // „Live ansehen“ opens the local site, not the production domain.
  const live = page.getByRole('link', { name: /Live ansehen|Live-Ansicht/ });
  if ((await live.count()) > 0) expect(await live.first().getAttribute('href')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  const siteLink = page.getByRole('link', { name: /127\.0\.0\.1|thinka\.de/ }).first();
  expect(await siteLink.getAttribute('href')).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
});
