// Serves the built site from dist/ like a static host (index.html per folder, 404.html): with the headers
// of dist/_headers (as Netlify or Cloudflare Pages would send them) and gzip for text when the browser asks
// for it (Lighthouse checks text compression). Forwards /decap-api to a local decap-server for CMS tests.
// Usage: node scripts/serve-dist.ts [port] [folder]; the folder defaults to dist/ (the finder's fixture build: dist-fixture/).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { decapProxyMiddleware } from '../src/integrations/decap-proxy.ts';
import { headersFor, parseHeadersFile } from '../src/lib/security-headers.ts';

const port = Number(process.argv[2] ?? process.env.PORT ?? 4321);
const root = resolve(process.cwd(), process.argv[3] ?? 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.vtt': 'text/vtt; charset=utf-8',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.pdf': 'application/pdf',
  '.vcf': 'text/vcard; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

/** Types worth compressing; images, media and Pagefind's index files are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|rss\+xml)|image\/svg\+xml)/;
const headersFile = join(root, '_headers');
const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

const proxy = decapProxyMiddleware(Number(process.env.DECAP_PORT ?? 8081));

createServer((req, res) => {
  proxy(req, res, () => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        res.end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = existsSync(file) && statSync(file).isFile();
    const served = found ? file : join(root, '404.html');
    const type = TYPES[extname(served).toLowerCase()] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    for (const [name, value] of headersFor(rules, url.pathname)) res.setHeader(name, value);
    res.writeHead(found ? 200 : 404, {
      'Content-Type': type,
      ...(COMPRESSIBLE.test(type) ? { Vary: 'Accept-Encoding' } : {}),
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    if (req.method === 'HEAD') res.end();
    else if (gzip) createReadStream(served).pipe(createGzip()).pipe(res);
    else createReadStream(served).pipe(res);
  });
}).listen(port, '127.0.0.1', () => console.log(`${process.argv[3] ?? 'dist'}/ auf http://127.0.0.1:${port}/`));
