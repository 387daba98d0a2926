// Pages compressed while Astro renders (src/integrations/page-compressor.ts, precompress-worker.ts) and the last build
// step that keeps, redoes or removes those copies (precompressDirectory): judged by the files on disk.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageCompressor, pageFile } from '../../src/integrations/page-compressor';
import { brotliOptions, gzipOptions } from '../../src/lib/precompress';
import { copyCmsBundle } from '../../src/integrations/cms-bundle';
import { precompressDirectory } from '../../src/integrations/precompress-files';
import { writeSiblings } from '../../src/integrations/siblings';

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
  it('compresses the bytes it is handed, not the file on disk: an old page of the same size being rewritten in place', async () => {
    const compressor = new PageCompressor(site, 1);
    try {
      // The previous build's page, as long as the new one but with other words (a date changed).
      const old = page('Jena, Stand 1. März');
      const body = page('Jena, Stand 2. März');
      expect(old.length).toBe(body.length);
      write('standorte/jena/index.html', old);
      await compressor.add('/standorte/jena/', body);
      const done = await compressor.drain();
      // Astro writes the new page after the middleware returned.
      write('standorte/jena/index.html', body);
      expect([...done.keys()]).toEqual([join(site, 'standorte/jena/index.html')]);
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
        await compressor.add(`/seiten/${n}/`, body);
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
      await compressor.add('/gera/', body);
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
        await compressor.add(`/${name}/`, body);
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

    const { summary } = precompressDirectory(site, done);
    expect(summary.files).toBe(4);
    for (const file of ['a/index.html', 'b/index.html', '_astro/app.js', 'sitemap-0.xml']) expectSiblings(file);
    expect(readFileSync(join(site, 'a/index.html.br')).equals(keptBrotli)).toBe(true);
    expect(existsSync(join(site, 'verschoben/index.html.br')) || existsSync(join(site, 'verschoben/index.html.gz'))).toBe(false);
  });
});

describe('the CMS bundle compressed once, in its cache', () => {
  it('is copied with its siblings, which the last build step keeps; without precompression none are copied', () => {
    const cache = join(site, 'cache');
    const script = Buffer.from('export const decap = "Eintrag speichern";\n'.repeat(400));
    mkdirSync(cache);
    writeFileSync(join(cache, 'cms.js'), script);
    // As scripts/build-cms.ts does it: the rules of dist/admin/ (brotli quality 5 even for a small file there).
    const { results } = precompressDirectory(cache, new Map(), 'admin/');
    const entry = results.get(join(cache, 'cms.js'))!;
    expect(readFileSync(join(cache, 'cms.js.br')).equals(brotliCompressSync(script, brotliOptions('admin/cms.js', script.length)))).toBe(true);
    writeFileSync(join(cache, 'precompressed.json'), JSON.stringify({ 'cms.js': { size: entry.size, brBytes: entry.brBytes, gzBytes: entry.gzBytes, skipped: 0, reused: 0 } }));

    const dist = join(site, 'dist');
    const copied = copyCmsBundle(cache, join(dist, 'admin'), true);
    expect([...copied.keys()]).toEqual([join(dist, 'admin/cms.js')]);
    expect(existsSync(join(dist, 'admin/precompressed.json'))).toBe(false);
    // A valid sibling of other bytes (quality 11) shows whether the last step kept it or compressed the file again.
    const other = brotliCompressSync(script);
    writeFileSync(join(dist, 'admin/cms.js.br'), other);
    const { summary } = precompressDirectory(dist, copied);
    expect(summary.files).toBe(1);
    expect(readFileSync(join(dist, 'admin/cms.js.br')).equals(other)).toBe(true);

    const plain = join(site, 'plain');
    expect(copyCmsBundle(cache, plain, false).size).toBe(0);
    expect(existsSync(join(plain, 'cms.js'))).toBe(true);
    expect(existsSync(join(plain, 'cms.js.br')) || existsSync(join(plain, 'cms.js.gz'))).toBe(false);
  });

  it('is compressed again when the copied file is not the one the list describes', () => {
    const dist = join(site, 'dist');
    write('dist/admin/cms.js', Buffer.from('export const changed = true;\n'.repeat(300)));
    write('dist/admin/cms.js.br', Buffer.from('not brotli'));
    const stale = new Map([[join(dist, 'admin/cms.js'), { id: 0, path: join(dist, 'admin/cms.js'), size: 5, brBytes: 3, gzBytes: 3, skipped: 0, reused: 0 }]]);
    precompressDirectory(dist, stale);
    expectSiblings('dist/admin/cms.js');
  });
});

describe('writeSiblings', () => {
  const path = () => join(site, 'standorte/gera/index.html');
  const body = page('Gera');
  const options = brotliOptions('standorte/gera/index.html', body.length);

  it('keeps copies of an earlier build that decompress to exactly these bytes, dated now', () => {
    // Made by another encoder setting, so keeping and compressing again can be told apart.
    const earlierBr = brotliCompressSync(body);
    const earlierGz = gzipSync(body, { level: 1 });
    write('standorte/gera/index.html.br', earlierBr);
    write('standorte/gera/index.html.gz', earlierGz);
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(`${path()}.br`, anHourAgo, anHourAgo);
    const result = writeSiblings(path(), body, options, gzipOptions('standorte/gera/index.html'));
    expect(result).toMatchObject({ reused: 2, skipped: 0, brBytes: earlierBr.length, gzBytes: earlierGz.length });
    expect(readFileSync(`${path()}.br`).equals(earlierBr)).toBe(true);
    expect(readFileSync(`${path()}.gz`).equals(earlierGz)).toBe(true);
    expect(statSync(`${path()}.br`).mtimeMs).toBeGreaterThan(anHourAgo.getTime() + 1000);
  });

  it('replaces copies of other bytes and copies that are not valid streams', () => {
    write('standorte/gera/index.html.br', brotliCompressSync(page('Jena')));
    write('standorte/gera/index.html.gz', Buffer.from('kein gzip'));
    const result = writeSiblings(path(), body, options, gzipOptions('standorte/gera/index.html'));
    expect(result.reused).toBe(0);
    write('standorte/gera/index.html', body);
    expectSiblings('standorte/gera/index.html');
  });
});
