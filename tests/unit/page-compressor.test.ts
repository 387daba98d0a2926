// Pages compressed while Astro renders (src/integrations/page-compressor.ts, precompress-worker.ts) and the last build
// step that keeps, redoes or removes those copies (precompressDirectory): judged by the files on disk.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageCompressor, pageFile } from '../../src/integrations/page-compressor';
import { precompressDirectory } from '../../src/integrations/precompress';

let site: string;
beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'thinka-page-compressor-'));
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

const page = (title: string) => Buffer.from(`<!doctype html><html lang="de"><title>${title}</title><main>${'Beratung in Jena. '.repeat(200)}</main></html>`);
const write = (relativePath: string, body: Buffer) => {
  mkdirSync(dirname(join(site, relativePath)), { recursive: true });
  writeFileSync(join(site, relativePath), body);
};
const expectSiblings = (relativePath: string) => {
  const original = readFileSync(join(site, relativePath));
  expect(brotliDecompressSync(readFileSync(join(site, `${relativePath}.br`))).equals(original), `${relativePath}.br`).toBe(true);
  expect(gunzipSync(readFileSync(join(site, `${relativePath}.gz`))).equals(original), `${relativePath}.gz`).toBe(true);
};

describe('pageFile', () => {
  it('names the file Astro writes for a page address in the directory format', () => {
    expect(pageFile('/')).toBe('index.html');
    expect(pageFile('/standorte/jena/')).toBe('standorte/jena/index.html');
    expect(pageFile('/ar/standorte/')).toBe('ar/standorte/index.html');
    expect(pageFile('/404/')).toBe('404.html');
    expect(pageFile('/404')).toBe('404.html');
  });
});

describe('PageCompressor', () => {
  it('compresses a page once Astro has written all of it, also when announced before the file exists', async () => {
    const compressor = new PageCompressor(site, 1);
    try {
      // A first page starts the worker, so that it is listening when the next one is announced.
      write('index.html', page('Start'));
      await compressor.add('/', page('Start').length);
      await compressor.drain();
      const body = page('Jena');
      await compressor.add('/standorte/jena/', body.length);
      // Astro writes the file after the middleware returns: a little later, first in part.
      await new Promise((resolve) => setTimeout(resolve, 50));
      write('standorte/jena/index.html', body.subarray(0, 100));
      await new Promise((resolve) => setTimeout(resolve, 50));
      write('standorte/jena/index.html', body);
      const done = await compressor.drain();
      expect([...done.keys()]).toEqual([join(site, 'index.html'), join(site, 'standorte/jena/index.html')]);
      expectSiblings('standorte/jena/index.html');
    } finally {
      await compressor.close();
    }
  });

  it('keeps many pages in flight without losing one', async () => {
    const compressor = new PageCompressor(site, 2);
    try {
      for (let n = 0; n < 150; n++) {
        const body = page(`Seite ${n}`);
        write(`seiten/${n}/index.html`, body);
        await compressor.add(`/seiten/${n}/`, body.length);
      }
      expect((await compressor.drain()).size).toBe(150);
      for (const n of [0, 77, 149]) expectSiblings(`seiten/${n}/index.html`);
    } finally {
      await compressor.close();
    }
  });

  it('reports a compression process that dies, in German, instead of waiting for it', async () => {
    const compressor = new PageCompressor(site, 1);
    try {
      const body = page('Gera');
      write('gera/index.html', body);
      await compressor.add('/gera/', body.length);
      // The one worker is gone before it answers.
      (compressor as unknown as { workers: Array<{ kill(signal: string): void }> }).workers[0]!.kill('SIGKILL');
      await expect(compressor.drain()).rejects.toThrow(/Kompressionsprozess endete unerwartet \(SIGKILL\)/);
    } finally {
      await compressor.close();
    }
  });
});

describe('precompressDirectory after rendering', () => {
  it('keeps copies made while rendering, redoes a page that changed, compresses the rest, removes copies of pages that are not there', async () => {
    const compressor = new PageCompressor(site, 1);
    let done;
    try {
      for (const name of ['a', 'b', 'verschoben']) {
        const body = page(name);
        write(`${name}/index.html`, body);
        await compressor.add(`/${name}/`, body.length);
      }
      done = await compressor.drain();
    } finally {
      await compressor.close();
    }
    // After rendering: b is rewritten with other content, "verschoben" is gone, and a script and the sitemap appear.
    write('b/index.html', page('b, geändert und länger'));
    rmSync(join(site, 'verschoben/index.html'));
    write('_astro/app.js', Buffer.from('export const text = "Beratung";\n'.repeat(100)));
    write('sitemap-0.xml', Buffer.from('<url><loc>https://thinka.de/</loc></url>'.repeat(100)));
    const keptBrotli = readFileSync(join(site, 'a/index.html.br'));

    const summary = await precompressDirectory(site, done);
    expect(summary.files).toBe(4);
    for (const file of ['a/index.html', 'b/index.html', '_astro/app.js', 'sitemap-0.xml']) expectSiblings(file);
    expect(readFileSync(join(site, 'a/index.html.br')).equals(keptBrotli)).toBe(true);
    expect(existsSync(join(site, 'verschoben/index.html.br')) || existsSync(join(site, 'verschoben/index.html.gz'))).toBe(false);
  });
});
