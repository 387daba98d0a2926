// Editors' journeys in the real CMS, against decap-server on a throwaway copy of the content.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { addOpeningHours, fillCommonMediaFields, openCms as openCmsIn, publish as publishIn, savedFile } from './support/cms-page';
import { buildFrom, startCmsRepo, type CmsRepo } from './support/cms-repo';
import { LOCALES } from '../../src/i18n/locales';

test.describe.configure({ mode: 'serial' });

const TRICKY_BODY = "Herz <3 und {} und a < b\n<script>window.__xss = 1</script>\nimport x from 'y'";
const TRICKY_LINES = ['Herz <3 und {} und a < b', '<script>window.__xss = 1</script>', "import x from 'y'"];
const UPLOAD = join(process.cwd(), 'tests/fixtures/uploads/testbild.jpg');
const GIF = join(process.cwd(), 'tests/fixtures/uploads/animation.gif');

let repo: CmsRepo;
let page: Page;
const foreignRequests: string[] = [];
/** The test server sends dist/_headers, so the CMS runs under its own Content-Security-Policy here. */
const cspViolations: string[] = [];

test.beforeAll(async ({ browser, baseURL }) => {
  repo = await startCmsRepo();
  page = await browser.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy/.test(message.text())) cspViolations.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL!) && !/^(data|blob):/.test(request.url())) foreignRequests.push(request.url());
  });
});

test.afterAll(async () => {
  await page?.close();
  repo?.stop();
});

const fileIn = (...parts: string[]) => join(repo.dir, ...parts);
const openCms = (route: string) => openCmsIn(page, route);
const publish = () => publishIn(page);

async function typeBody(text: string): Promise<void> {
  const editor = page.locator('[data-slate-editor="true"]').first();
  await editor.click();
  for (const [index, line] of text.split('\n').entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
}

test('the CMS loads in German from the site origin only', async ({ baseURL }) => {
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Login' }).click();
  for (const label of ['Anlaufstellen', 'Team', 'Leitlinien', 'Kurztexte (mehrsprachig)', 'Seiten', 'Medien: Audio', 'Medien: Video', 'Medien: Foto', 'Medien: Fotoserie']) {
    await expect(page.getByRole('link', { name: label, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'Inhalt' })).toBeVisible();
  expect(foreignRequests, `requests outside ${baseURL}`).toEqual([]);
});

test('an editor creates a team profile whose body text MDX could not parse', async () => {
  await openCms('/collections/team/new');
  await page.getByLabel('Funktion', { exact: true }).fill('Sozialarbeiterin');
  await page.getByLabel('Arbeitsbereich').fill('Anlaufstelle Musterstadt');
  await page.getByLabel('Kurzbeschreibung').fill('Berät Menschen im Stadtteil.');
  await typeBody(TRICKY_BODY);
  await publish();
  const file = fileIn('content/team/sozialarbeiterin/index.mdx');
  const saved = await savedFile(file);
  expect(saved).toMatch(/^---\n[\s\S]*role: Sozialarbeiterin\n[\s\S]*area: Anlaufstelle Musterstadt\n[\s\S]*---\n/);
  expect(saved).not.toMatch(/(^|[^\\])[{<]/m);
});

test('a save without alt text is refused and names the field', async () => {
  await openCms('/collections/media-photo/new');
  await page.getByLabel('Titel', { exact: true }).fill('Ohne Beschreibung');
  await page.getByRole('button', { name: /foto hinzufügen/i }).click();
  await page.getByRole('button', { name: 'Wähle ein Bild' }).click();
  await page.locator('input[type="file"]').setInputFiles(UPLOAD);
  await page.getByRole('button', { name: 'Ausgewähltes Element verwenden' }).click();
  await publish();
  await expect(page.getByText('Alternativtext ist erforderlich.')).toBeVisible();
  expect(existsSync(fileIn('content/media/ohne-beschreibung'))).toBe(false);
});

test('a portrait without alt text is refused and names the field', async () => {
  await openCms('/collections/team/new');
  await page.getByLabel('Funktion', { exact: true }).fill('Beraterin');
  await page.getByLabel('Arbeitsbereich').fill('Anlaufstelle Musterstadt');
  await page.getByLabel('Kurzbeschreibung').fill('Berät im Büro.');
  await page.getByRole('button', { name: 'Wähle ein Bild' }).click();
  await page.locator('input[type="file"]').setInputFiles(UPLOAD);
  await page.getByRole('button', { name: 'Ausgewähltes Element verwenden' }).click();
  await publish();
  await expect(page.getByText('Alternativtext ist erforderlich.')).toBeVisible();
  expect(existsSync(fileIn('content/team/beraterin/index.mdx'))).toBe(false);
});

test('uploads that are too large or not an image are refused with a clear message', async () => {
  const large = join(repo.dir, '..', `zu-gross-${Date.now()}.jpg`);
  writeFileSync(large, Buffer.alloc(10_500_000, 0xff));
  await openCms('/collections/media-photo/new');
  await page.getByLabel('Titel', { exact: true }).fill('Falsche Dateien');
  await page.getByRole('button', { name: /foto hinzufügen/i }).click();
  await page.getByRole('button', { name: 'Wähle ein Bild' }).click();
  const alerts: string[] = [];
  page.once('dialog', (dialog) => {
    alerts.push(dialog.message());
    void dialog.accept();
  });
  await page.locator('input[type="file"]').setInputFiles(large);
  await expect.poll(() => alerts).toEqual([expect.stringContaining('Datei zu groß')]);
  expect(alerts[0]).toContain('10000 kB');
  rmSync(large);

  await openCms('/collections/media-photo/new');
  await page.getByLabel('Titel', { exact: true }).fill('Falsche Dateien');
  await page.getByRole('button', { name: /foto hinzufügen/i }).click();
  await page.getByRole('button', { name: 'Wähle ein Bild' }).click();
  await page.locator('input[type="file"]').setInputFiles(GIF);
  await page.getByRole('button', { name: 'Ausgewähltes Element verwenden' }).click();
  await page.getByRole('textbox', { name: 'Alternativtext' }).fill('Ein weißes Quadrat.');
  await publish();
  await expect(page.getByText(/Bitte ein Bild im Format JPG, JPEG, PNG, WEBP, AVIF hochladen\./)).toBeVisible();
  expect(existsSync(fileIn('content/media/falsche-dateien'))).toBe(false);
});

test('an editor adds opening hours to a Standort as structured fields', async () => {
  await openCms('/collections/standorte/entries/artern');
  await addOpeningHours(page, 'Dienstag', '25:00', '12 Uhr');
  await publish();
  // An impossible time is refused with the expected format before anything is saved; „12 Uhr“ became 12:00.
  await expect(page.getByText('Bitte eine Uhrzeit im Format HH:MM angeben, z. B. 09:00.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'bis', exact: true }).first()).toHaveValue('12:00');
  expect(repo.changedFiles()).not.toContain('content/standorte/artern.mdx');
  const opens = page.getByRole('textbox', { name: 'von', exact: true }).first();
  // Decap's text field keeps its own cursor state; replace the text the way an editor would.
  await opens.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('9');
  await publish();
  await expect.poll(() => readFileSync(fileIn('content/standorte/artern.mdx'), 'utf8'), { timeout: 30_000 }).toContain('day: di');
  const saved = readFileSync(fileIn('content/standorte/artern.mdx'), 'utf8');
  expect(saved).toMatch(/^\s+(- )?opens: ["']?09:00["']?$/m);
  expect(saved).toMatch(/^\s+(- )?closes: ["']?12:00["']?$/m);
  expect(saved).toMatch(/^\s+(- )?byAppointment: false$/m);
  expect(saved).toContain('Einbecker Straße 8');
});

test('the media designer adds a photo piece with an uploaded image and its alt text', async () => {
  await openCms('/collections/media-photo/new');
  await fillCommonMediaFields(page, 'Fotoaktion im Stadtteil', 'Ein Bild aus dem Stadtteil.');
  await page.getByRole('button', { name: /foto hinzufügen/i }).click();
  await page.getByRole('button', { name: 'Wähle ein Bild' }).click();
  await page.locator('input[type="file"]').setInputFiles(UPLOAD);
  await page.getByRole('button', { name: 'Ausgewähltes Element verwenden' }).click();
  await page.getByRole('textbox', { name: 'Alternativtext' }).fill('Ein gelbes Rechteck auf dunkelblauem Grund.');
  await publish();
  const entry = fileIn('content/media/fotoaktion-im-stadtteil/index.mdx');
  const saved = await savedFile(entry);
  expect(saved).toMatch(/^kind: photo$/m);
  expect(saved).toMatch(/^\s+(- )?src: testbild\.jpg$/m);
  expect(saved).toMatch(/^\s+alt: Ein gelbes Rechteck auf dunkelblauem Grund\.$/m);
  // The upload sits beside the entry, where Astro optimises it with sharp; decap-server may write it just after the entry.
  await expect.poll(() => existsSync(fileIn('content/media/fotoaktion-im-stadtteil/testbild.jpg')), { timeout: 10_000 }).toBe(true);
});

test('an editor translates a Leitlinie side by side, German stays the source', async () => {
  await openCms('/collections/leitlinien/entries/kooperation');
  await expect(page.getByText('Aktuelle Sprache: DE')).toBeVisible();
  await expect(page.getByText('Aktuelle Sprache: EN')).toBeVisible();
  const teasers = page.getByRole('textbox', { name: 'Kurztext' });
  await expect(teasers).toHaveCount(2);
  await expect(teasers.nth(0)).toHaveValue('Wir setzen durch gezielte Vernetzung auf Kooperation statt Konkurrenz.');
  await expect(teasers.nth(1)).toHaveValue('Through targeted networking, we rely on cooperation instead of competition.');
  await teasers.nth(1).fill('Through targeted networking, we choose cooperation over competition.');
  await publish();
  await expect.poll(() => readFileSync(fileIn('content/leitlinien/en/kooperation.mdx'), 'utf8'), { timeout: 30_000 }).toContain('we choose cooperation over competition');
  const german = readFileSync(fileIn('content/leitlinien/de/kooperation.mdx'), 'utf8');
  expect(german).toContain('Wir setzen durch gezielte Vernetzung auf Kooperation statt Konkurrenz.');
  expect(german).not.toContain('competition');
});

test('only the edited entries changed, and the next build shows them as typed', async ({ browser, baseURL }) => {
  // Saving a translated entry may rewrite each language's file of that entry (Decap i18n); nothing else changes.
  expect(
    repo
      .changedFiles()
      .filter((file) => !new RegExp(`^content/leitlinien/(?:${LOCALES.join('|')})/kooperation\\.mdx$`).test(file))
      .sort(),
  ).toEqual([
    'content/media/fotoaktion-im-stadtteil/index.mdx',
    'content/media/fotoaktion-im-stadtteil/testbild.jpg',
    'content/standorte/artern.mdx',
    'content/team/sozialarbeiterin/index.mdx',
  ]);
  expect(repo.changedFiles()).toContain('content/leitlinien/en/kooperation.mdx');
  const build = buildFrom(repo.dir);
  expect(build.output).not.toMatch(/error/i);
  expect(build.status).toBe(0);

  const team = readFileSync(join(build.dist, 'team/sozialarbeiterin/index.html'), 'utf8');
  expect(team).toContain('Sozialarbeiterin');
  const english = readFileSync(join(build.dist, 'en/leitlinien/index.html'), 'utf8');
  expect(english).toContain('Through targeted networking, we choose cooperation over competition.');
  expect(readFileSync(join(build.dist, 'leitlinien/index.html'), 'utf8')).toContain('Wir setzen durch gezielte Vernetzung auf Kooperation statt Konkurrenz.');
  const artern = readFileSync(join(build.dist, 'standorte/artern/index.html'), 'utf8');
  expect(artern).toContain('Dienstag');
  expect(artern).toContain('9:00 bis 12:00 Uhr');
  const photo = readFileSync(join(build.dist, 'medien/fotoaktion-im-stadtteil/index.html'), 'utf8');
  const img = /<img [^>]*alt="Ein gelbes Rechteck auf dunkelblauem Grund\."[^>]*>/.exec(photo)?.[0] ?? '';
  expect(photo).toMatch(/<source srcset="[^"]+\.webp 640w[^"]*" type="image\/webp"/);
  expect(img).toMatch(/width="800" height="600"/);

  // Render the built profile in Chromium: the typed text shows literally and no script ran.
  const context = await browser.newContext();
  const viewer = await context.newPage();
  await viewer.route(`${baseURL}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = join(build.dist, path.endsWith('/') ? `${path}index.html` : path);
    if (existsSync(file)) await route.fulfill({ path: file });
    else await route.fulfill({ status: 404, body: '' });
  });
  await viewer.goto('/team/sozialarbeiterin/');
  const paragraphs = await viewer.locator('main article p').allInnerTexts();
  for (const line of TRICKY_LINES) expect(paragraphs.join('\n')).toContain(line);
  expect(await viewer.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await viewer.locator('main script').count()).toBe(0);
  await context.close();
  expect(foreignRequests, 'the CMS made requests to another origin').toEqual([]);
});

test('the journeys above ran without a Content-Security-Policy violation (policy of /admin/ in dist/_headers)', () => {
  expect(cspViolations).toEqual([]);
});
