// `npm run dev` serves the CMS bundle that ships (from .cache/cms/, built on demand) and leaves every other /admin/ request to Astro.
import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { expect, test } from 'vitest';
import { cmsBundleDir, serveCmsBundle } from '../../src/integrations/cms-bundle';

const root = process.cwd();
const serve = serveCmsBundle(root);

type Answer = { passedOn: true } | { passedOn: false; type: string | undefined; body: Buffer };

function get(url: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    const response = Object.assign(new PassThrough(), { setHeader: (name: string, value: string) => void (headers[name] = value) });
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => resolve({ passedOn: false, type: headers['Content-Type'], body: Buffer.concat(chunks) }));
    serve({ url } as IncomingMessage, response as unknown as ServerResponse, (error) =>
      error === undefined ? resolve({ passedOn: true }) : reject(new Error(`${url}: next() with an error`, { cause: error })),
    );
  });
}

test('the entry, its styles and Decap’s files come from the cached bundle', async () => {
  const entry = await get('/admin/cms.js');
  expect(entry.passedOn).toBe(false);
  if (entry.passedOn) return;
  expect(entry.type).toBe('text/javascript; charset=utf-8');
  expect(entry.body.equals(readFileSync(join(cmsBundleDir(root), 'cms.js')))).toBe(true);
  const styles = readdirSync(cmsBundleDir(root)).find((name) => /^cms-.+\.css$/.test(name));
  expect(await get(`/admin/${styles}`)).toMatchObject({ passedOn: false, type: 'text/css; charset=utf-8' });
  const decap = await get('/admin/decap-cms-app.js?v=1');
  expect(decap.passedOn).toBe(false);
  if (!decap.passedOn) expect(decap.body.length).toBeGreaterThan(1_000_000);
}, 60_000);

test('the page, config.yml, compressed copies and unknown names are Astro’s', async () => {
  for (const url of ['/admin/', '/admin/config.yml', '/admin/cms.js.br', '/admin/fehlt.js', '/admin/../package.json', '/standorte/', '/cms.js']) {
    expect(await get(url), url).toEqual({ passedOn: true });
  }
}, 60_000);
