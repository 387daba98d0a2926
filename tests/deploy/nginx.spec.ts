// The built site behind Debian's nginx with the repository's configuration (deploy/nginx/thinka-site.conf):
// the security headers arrive, and every page type still works in real Chromium under the strict
// Content-Security-Policy, with no violation reported. The finder's fixture build (dist-fixture/) adds a
// location with a live opening status and the distance sort (geolocation, allowed for the site itself).
import { readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { backendFromEnv } from '../../src/lib/cms-backend';
import { adminCsp, publicCsp } from '../../src/lib/security-headers';
import { startCmsRepo, type CmsRepo } from '../cms/support/cms-repo';
import { request as httpsRequest } from 'node:https';
import { freePort, startNginx, startProductionNginx, type RunningNginx } from './nginx-server';

test.describe.configure({ mode: 'serial' });

let nginx: RunningNginx;
let cms: CmsRepo;
let site = '';
let fixture = '';

test.beforeAll(async () => {
  const [sitePort, fixturePort, decapPort] = [await freePort(), await freePort(), await freePort()];
  cms = await startCmsRepo(decapPort);
  nginx = await startNginx([
    { root: join(process.cwd(), 'dist'), port: sitePort, decapPort },
    { root: join(process.cwd(), 'dist-fixture'), port: fixturePort },
  ]);
  site = `http://127.0.0.1:${sitePort}`;
  fixture = `http://127.0.0.1:${fixturePort}`;
});

test.afterAll(async () => {
  await nginx?.stop();
  cms?.stop();
});

/** Console errors, page errors and every CSP violation the page reports, also from workers. */
async function watchCsp(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy|CSP-Verstoß/.test(message.text())) problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP-Verstoß: ${event.violatedDirective} ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return problems;
}

const github = backendFromEnv({});

/** GET over HTTPS from the test nginx, whose certificate is self-signed; status, headers and body. */
function getHttps(port: number, path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest({ host: '127.0.0.1', port, path, servername: 'thinka.de', headers: { Host: 'thinka.de' }, rejectUnauthorized: false }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test("deploy/nginx.conf as shipped passes nginx -t on Debian's nginx and serves the site over HTTPS", async () => {
  const production = await startProductionNginx(join(process.cwd(), 'dist'));
  try {
    expect(production.configTest).toContain('syntax is ok');
    expect(production.configTest).toContain('test is successful');
    const redirect = await fetch(`http://127.0.0.1:${production.httpPort}/standorte/?q=1`, { redirect: 'manual', headers: { Host: 'thinka.de' } });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('https://thinka.de/standorte/?q=1');
    const start = await getHttps(production.httpsPort, '/');
    expect(start.status).toBe(200);
    expect(start.body).toContain('<html lang="de"');
    expect(start.headers['strict-transport-security']).toBe('max-age=31536000');
    expect(start.headers['content-security-policy']).toBe(publicCsp());
    expect(start.headers['cache-control']).toBe('no-cache');
    const css = readdirSync(join(process.cwd(), 'dist/_astro')).find((file) => file.endsWith('.css'))!;
    expect((await getHttps(production.httpsPort, `/_astro/${css}`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/pagefind/pagefind.js', '/medien/feed.xml', '/sitemap-index.xml', '/suche/']) {
      expect((await getHttps(production.httpsPort, path)).headers['cache-control'], path).toBe('no-cache');
    }
    const robots = await getHttps(production.httpsPort, '/robots.txt');
    // First-match parsers must meet the Disallow before the Allow.
    expect(robots.body).toMatch(/^User-agent: \*\nDisallow: \/admin\/\nAllow: \/\n/);
    expect(production.errorLog()).not.toMatch(/\[(?:emerg|alert|crit|error)\]/);
  } finally {
    await production.stop();
  }
});

test('nginx sends the security headers on every kind of response', async () => {
  const get = (path: string) => fetch(`${site}${path}`, { redirect: 'manual', headers: { 'Accept-Encoding': 'gzip' } });
  const common = (response: Response) => {
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('geolocation=(self)');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  };

  const start = await get('/');
  expect(start.status).toBe(200);
  common(start);
  expect(start.headers.get('content-security-policy')).toBe(publicCsp());
  expect(start.headers.get('content-security-policy')).not.toContain('unsafe-inline');
  expect(start.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(start.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(start.headers.get('content-encoding')).toBe('gzip');
  expect(start.headers.get('x-robots-tag')).toBeNull();

  const search = await get('/suche/');
  common(search);
  expect(search.headers.get('content-security-policy')).toBe(publicCsp({ wasm: true }));
  // Pagefind's worker runs under the policy of its own response.
  expect((await get('/pagefind/pagefind-worker.js')).headers.get('content-security-policy')).toBe(publicCsp({ wasm: true }));

  const admin = await get('/admin/');
  expect(admin.status).toBe(200);
  common(admin);
  expect(admin.headers.get('content-security-policy')).toBe(adminCsp(github));
  expect(admin.headers.get('x-robots-tag')).toBe('noindex, nofollow');
  const cmsConfig = await get('/admin/config.yml');
  expect(cmsConfig.headers.get('content-type')).toBe('text/yaml; charset=utf-8');
  expect(cmsConfig.headers.get('x-robots-tag')).toBe('noindex, nofollow');

  const missing = await get('/gibt-es-nicht/');
  expect(missing.status).toBe(404);
  common(missing);
  expect(missing.headers.get('content-security-policy')).toBe(publicCsp());
  expect(await missing.text()).toContain('Seite nicht gefunden');

  const securityTxt = await get('/.well-known/security.txt');
  expect(securityTxt.status).toBe(200);
  expect(securityTxt.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  expect(await securityTxt.text()).toMatch(/^Contact: https:\/\/thinka\.de\/impressum\/$/m);

  const css = readdirSync(join(process.cwd(), 'dist/_astro')).find((file) => file.endsWith('.css'))!;
  const stylesheet = await get(`/_astro/${css}`);
  common(stylesheet);
  expect(stylesheet.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(stylesheet.headers.get('content-encoding')).toBe('gzip');

  const folder = await get('/standorte');
  expect(folder.status).toBe(301);
  expect(folder.headers.get('location')).toBe('/standorte/');

  expect((await get('/standorte/artern.vcf')).headers.get('content-type')).toMatch(/^text\/vcard/);
  expect((await get('/media/leitlinien-video/thinka-leitlinien-video.de.vtt')).headers.get('content-type')).toMatch(/^text\/vtt/);
  expect((await get('/_headers')).status).toBe(404);
});

/** GET with exactly this Accept-Encoding; the body as sent on the wire, decoded by hand (fetch would decode it itself). */
function getEncoded(path: string, acceptEncoding: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${site}${path}`, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const decode = (body: Buffer, encoding: string | undefined) => (encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body);

test('nginx sends the precompressed .br and .gz files to clients that accept them, the original to others', async () => {
  const assets = readdirSync(join(process.cwd(), 'dist/_astro'));
  const css = assets.find((file) => file.endsWith('.css') && assets.includes(`${file}.br`))!;
  // A script large enough for both siblings (the smallest chunks gain nothing from gzip).
  const js = assets.find((file) => file.endsWith('.js') && assets.includes(`${file}.br`) && assets.includes(`${file}.gz`))!;
  const cases = [
    { path: '/', file: 'index.html', type: 'text/html; charset=utf-8', csp: publicCsp(), cache: 'no-cache' },
    { path: '/standorte/', file: 'standorte/index.html', type: 'text/html; charset=utf-8', csp: publicCsp(), cache: 'no-cache' },
    { path: `/_astro/${css}`, file: `_astro/${css}`, type: 'text/css; charset=utf-8', csp: publicCsp(), cache: 'public, max-age=31536000, immutable' },
    { path: `/_astro/${js}`, file: `_astro/${js}`, type: 'application/javascript; charset=utf-8', csp: publicCsp(), cache: 'public, max-age=31536000, immutable' },
    { path: '/pagefind/pagefind.js', file: 'pagefind/pagefind.js', type: 'application/javascript; charset=utf-8', csp: publicCsp({ wasm: true }), cache: 'no-cache' },
  ];
  for (const { path, file, type, csp, cache } of cases) {
    const original = readFileSync(join(process.cwd(), 'dist', file));
    const byEncoding = new Map<string, Buffer>();
    for (const [accept, expected, sibling] of [
      ['gzip, deflate, br', 'br', '.br'],
      ['gzip', 'gzip', '.gz'],
      ['identity', undefined, undefined],
    ] as const) {
      const response = await getEncoded(path, accept);
      expect(response.status, `${path} (${accept})`).toBe(200);
      expect(response.headers['content-encoding'], `${path} (${accept})`).toBe(expected);
      expect(response.headers['content-type'], `${path} (${accept})`).toBe(type);
      expect(response.headers['vary'], `${path} (${accept})`).toBe('Accept-Encoding');
      expect(response.headers['content-security-policy'], `${path} (${accept})`).toBe(csp);
      expect(response.headers['cache-control'], `${path} (${accept})`).toBe(cache);
      expect(response.headers['strict-transport-security']).toBe('max-age=31536000');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('DENY');
      // The very bytes the build wrote, not compressed again by nginx.
      if (sibling) expect(response.body.equals(readFileSync(join(process.cwd(), 'dist', `${file}${sibling}`))), `${path} (${accept}) is ${file}${sibling}`).toBe(true);
      byEncoding.set(accept, decode(response.body, expected));
    }
    for (const [accept, body] of byEncoding) expect(body.equals(original), `${path} (${accept}) decodes to the original`).toBe(true);
  }
});

test('the start page and a content page load under the CSP without a violation', async ({ page }) => {
  const problems = await watchCsp(page);
  await page.goto(`${site}/`);
  await expect(page.locator('header .th-funding svg[role="img"]')).toBeVisible();
  // The stylesheet applied: the skip link is visually hidden until focused.
  expect(await page.locator('main').evaluate((element) => getComputedStyle(element).display)).not.toBe('');
  expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
  await page.goto(`${site}/leitlinien/aktivierung/`);
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});

test('the finder searches while typing under the CSP', async ({ page }) => {
  const problems = await watchCsp(page);
  await page.goto(`${site}/standorte/`);
  await page.getByRole('searchbox', { name: 'Ihr Wohnort oder Ihre Postleitzahl' }).pressSequentially('Kölleda');
  await expect(page.locator('#finder-results > li').first().getByRole('heading', { level: 3 })).toHaveText('ThINKA Sömmerda');
  expect(problems).toEqual([]);
});

test.describe('with the position allowed', () => {
  test.use({ geolocation: { latitude: 50.35, longitude: 11.17 }, permissions: ['geolocation'] });

  test('a location page shows its live opening status, and the distance sort may ask for the position', async ({ page }) => {
    const problems = await watchCsp(page);
    await page.clock.setFixedTime(new Date('2026-03-31T10:30:00+02:00'));
    await page.goto(`${fixture}/standorte/teststelle-nord/`);
    await expect(page.locator('section[aria-label="Testbüro Nordtesthausen"] [data-status]')).toHaveText('Jetzt geöffnet · bis 12:00 Uhr');
    await page.goto(`${fixture}/standorte/`);
    await page.getByRole('button', { name: 'Nach Entfernung sortieren' }).click();
    await expect(page.getByRole('status')).toHaveText('4 Anlaufstellen, nach Entfernung sortiert.');
    await expect(page.locator('#finder-results > li h3').first()).toHaveText('Teststelle Süd');
    expect(problems).toEqual([]);
  });
});

test('the search page finds results under the CSP (Pagefind with its worker and WebAssembly)', async ({ page }) => {
  const problems = await watchCsp(page);
  await page.goto(`${site}/suche/?q=Kölleda`);
  // Real search results with highlighted words (not the A–Z list that works without JavaScript).
  const soemmerda = page.locator('.th-search-result').filter({ has: page.locator('a[href="/standorte/soemmerda/"]') });
  await expect(soemmerda.locator('mark').first()).toHaveText(/^Kölleda/);
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});

test('a media page plays its video with captions under the CSP', async ({ page }) => {
  const problems = await watchCsp(page);
  await page.goto(`${site}/medien/leitlinien-video/`);
  await page.waitForFunction(() => document.querySelector<HTMLTrackElement>('main video track')?.readyState === 2);
  const duration = await page.locator('main video').evaluate(
    (video: HTMLVideoElement) =>
      new Promise<number>((resolve) => {
        if (video.readyState >= 1) resolve(video.duration);
        else video.addEventListener('loadedmetadata', () => resolve(video.duration), { once: true });
        video.load();
      }),
  );
  expect(duration).toBeGreaterThan(1);
  expect(problems).toEqual([]);
});

test('the CMS loads under its own policy, shows the login, then the Anlaufstellen with their check dates', async ({ page }) => {
  const problems = await watchCsp(page);
  await page.goto(`${site}/admin/`);
  const login = page.getByRole('button', { name: 'Login' });
  await expect(login).toBeVisible({ timeout: 30_000 });
  await login.click();
  await expect(page.getByRole('link', { name: 'Anlaufstellen', exact: true })).toBeVisible({ timeout: 30_000 });
  // Content freshness in the CMS: each row says when it was checked, the notice above lists the overdue ones.
  await page.getByRole('link', { name: 'Anlaufstellen', exact: true }).click();
  await expect(page.getByText('ThINKA Artern – Kyffhäuserkreis – geprüft am: noch nicht geprüft')).toBeVisible();
  await expect(page.getByText(/Seit mehr als 365 Tagen nicht geprüft \(Stand des letzten Builds\): ThINKA Altenburg, ThINKA Artern/)).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});
