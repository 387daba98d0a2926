// Lighthouse (mobile) on one page per type, against scripts/serve-dist.ts (with gzip and the _headers).
// Runs in its own Playwright invocation after the other suites (package.json "test:e2e"), so that no other
// test competes for the two CPU cores while Lighthouse measures performance.
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { runLighthouse, scoreFailures, scoreTable } from '../support/gates/lighthouse';
import { REPRESENTATIVE_PAGES } from '../support/gates/page-types';
import { DIST } from '../support/built-site';
import { freePort } from '../deploy/nginx-server';

test.describe.configure({ mode: 'serial' });
test.setTimeout(600_000);

test('Lighthouse mobile: Performance ≥ 95, Accessibility 100, Best Practices ≥ 95, SEO ≥ 95 on every page type', async ({ baseURL }) => {
  const results = await runLighthouse(REPRESENTATIVE_PAGES.map((path) => new URL(path, baseURL).href));
  console.log(`Lighthouse (mobil):\n${scoreTable(results)}`);
  for (const result of results) if (result.failedAudits.length > 0) console.log(`${new URL(result.url).pathname} – Abzüge: ${result.failedAudits.join(', ')}`);
  expect(scoreFailures(results)).toEqual([]);
});

test('the Lighthouse gate fails on a planted defect: an image without alt text', async () => {
  // The start page with one image lacking alt, served from a temp folder; everything else comes from dist/.
  const planted = mkdtempSync(join(tmpdir(), 'thinka-lighthouse-'));
  writeFileSync(join(planted, 'index.html'), readFileSync(join(DIST, 'index.html'), 'utf8').replace('</h1>', '</h1><img src="/favicon.svg" width="32" height="32">'));
  const port = await freePort();
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml', '.js': 'text/javascript' };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = path === '/' ? join(planted, 'index.html') : join(DIST, path.endsWith('/') ? `${path}index.html` : path);
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  try {
    const [result] = await runLighthouse([`http://127.0.0.1:${port}/`], undefined, { remeasure: false });
    console.log(`Lighthouse mit eingebautem Fehler:\n${scoreTable([result!])}`);
    expect(result!.failedAudits).toContain('accessibility/image-alt (0)');
    expect(scoreFailures([result!]).some((failure) => / accessibility \d+ < 100$/.test(failure))).toBe(true);
  } finally {
    server.close();
    rmSync(planted, { recursive: true, force: true });
  }
});
