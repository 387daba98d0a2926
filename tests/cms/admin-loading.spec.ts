// What /admin/ downloads: the „nicht eingerichtet“ notice without Decap or config.yml, the CMS with config.yml once.
import { expect, test, type Page, type Request } from '@playwright/test';
import { DECAP_TEST_PORT, routeCmsTo, startCmsRepo, type CmsRepo } from './support/cms-repo';

/** A decap-server of this file's own, beside those of cms.spec.ts and save-safety.spec.ts. */
const PORT = DECAP_TEST_PORT + 2;
/** The budget of the notice screen: page, loader script and favicon, gzip as served (headers included). */
const NOT_CONFIGURED_BUDGET = 30 * 1024;
/** Not localhost, so /admin/ behaves as on a server (the build of the tests has no CMS_REPO); resolved to the test server. */
const REMOTE_HOST = 'redaktion.test';

/** Every finished request of the page, with its size on the wire once the page is done. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('requestfinished', (request) => requests.push(request));
  return requests;
}

const configRequests = (requests: Request[]) => requests.filter((request) => new URL(request.url()).pathname === '/admin/config.yml');

test('without CMS_REPO, /admin/ shows its notice and loads no Decap code and no config.yml (at most 30 KB gzip)', async ({ browser: testBrowser, launchOptions, baseURL }) => {
  const browser = await testBrowser.browserType().launch({ ...launchOptions, args: [...(launchOptions.args ?? []), `--host-resolver-rules=MAP ${REMOTE_HOST} 127.0.0.1`] });
  try {
    const page = await browser.newPage();
    const requests = recordRequests(page);
    await page.goto(`http://${REMOTE_HOST}:${new URL(baseURL!).port}/admin/`);
    await expect(page.getByRole('alert')).toContainText('noch nicht eingerichtet');
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(requests.map(async (request) => ({ path: new URL(request.url()).pathname, ...(await request.sizes()) })));
    const total = sizes.reduce((sum, size) => sum + size.responseHeadersSize + size.responseBodySize, 0);
    console.log(
      `/admin/ ohne CMS_REPO: ${(total / 1024).toFixed(1)} KB übertragen in ${sizes.length} Anfragen: ${sizes.map((size) => `${size.path} ${size.responseBodySize} B`).join(', ')}`,
    );
    expect(
      sizes.map((size) => size.path).filter((path) => /^\/admin\/[^/]*\.(?:js|wasm)$/.test(path)),
      'CMS bundle or Decap requested',
    ).toEqual([]);
    expect(total).toBeLessThanOrEqual(NOT_CONFIGURED_BUDGET);
    // The build's data-cms-repo says it all; config.yml (12 KB gzip) is only for a CMS that runs.
    expect(configRequests(requests)).toHaveLength(0);
  } finally {
    await browser.close();
  }
});

test.describe('with the local backend', () => {
  let repo: CmsRepo;
  test.beforeAll(async () => {
    repo = await startCmsRepo(PORT);
  });
  test.afterAll(() => {
    repo?.stop();
  });

  test('the CMS fetches config.yml once, from the login to the collections', async ({ context, page }) => {
    await routeCmsTo(context, PORT);
    const requests = recordRequests(page);
    await page.goto('/admin/');
    await page.getByRole('button', { name: 'Login' }).click();
    await expect(page.getByRole('link', { name: 'Anlaufstellen', exact: true })).toBeVisible({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const paths = requests.map((request) => new URL(request.url()).pathname);
    expect(
      paths.filter((path) => path === '/admin/cms.js'),
      'the CMS bundle is loaded once',
    ).toHaveLength(1);
    expect(
      paths.filter((path) => path === '/admin/decap-cms-app.js'),
      'Decap’s prebuilt bundle is loaded once',
    ).toHaveLength(1);
    expect(configRequests(requests)).toHaveLength(1);
  });
});

test('a CMS that cannot be downloaded says so instead of leaving an empty page', async ({ page }) => {
  await page.route('**/admin/decap-cms-app.js', (route) => route.abort('connectionfailed'));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/admin/');
  await expect(page.getByRole('alert')).toContainText('konnte nicht geladen werden');
  await expect(page.getByRole('alert')).toContainText('Seite neu');
  expect(errors.join(' ')).toContain('decap-cms-app.js did not load');
});
