/**
 * Forwards /decap-api/* to decap-server on 127.0.0.1, so the CMS talks to its local
 * backend through the site's own origin (no cross-origin request, no open port needed).
 *
 * decap-server writes into the checkout, so the proxy answers only the editor on this machine: a loopback peer,
 * Host and Origin of localhost (against DNS rebinding and other sites' pages), and paths in content/ and
 * public/media/ only. With `astro dev --host` it is not installed at all.
 */
import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';
import { forbiddenPaths, isLocalHost, isLocalOrigin, isLoopbackAddress, isLoopbackListen } from '../lib/decap-request.ts';

export const DECAP_API_PREFIX = '/decap-api';

/** Uploads arrive base64-encoded in the JSON body: 10 MB files need about 14 MB. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

function refuse(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error: message }));
}

/** Why a request may not reach decap-server, or undefined. */
export function refusal(req: IncomingMessage): string | undefined {
  if (!isLoopbackAddress(req.socket.remoteAddress)) return 'Die lokale Redaktion antwortet nur auf diesem Rechner.';
  if (!isLocalHost(req.headers.host)) return 'Die lokale Redaktion ist nur unter http://localhost erreichbar.';
  const origin = req.headers.origin;
  if (origin !== undefined && !isLocalOrigin(origin)) return 'Anfragen anderer Websites an die lokale Redaktion sind nicht erlaubt.';
  if (req.headers['sec-fetch-site'] === 'cross-site') return 'Anfragen anderer Websites an die lokale Redaktion sind nicht erlaubt.';
  return undefined;
}

/** Read the whole request body, or undefined when it is larger than allowed. */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Connect-style middleware; calls next() for every other path. */
export function decapProxyMiddleware(port: number) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if (!req.url?.startsWith(`${DECAP_API_PREFIX}/`)) {
      next();
      return;
    }
    const refused = refusal(req);
    if (refused) {
      refuse(res, 403, refused);
      return;
    }
    void (async () => {
      const body = await readBody(req);
      if (body === undefined) {
        refuse(res, 413, 'Die Anfrage ist zu groß (höchstens 32 MB).');
        return;
      }
      if (body.length > 0) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(body.toString('utf8'));
        } catch {
          refuse(res, 400, 'Die Anfrage ist kein gültiges JSON.');
          return;
        }
        const outside = forbiddenPaths(parsed);
        if (outside.length > 0) {
          refuse(res, 403, `Die lokale Redaktion darf nur in content/ und public/media/ schreiben und lesen, nicht: ${outside.join(', ')}`);
          return;
        }
      }
      const headers = { ...req.headers, host: `127.0.0.1:${port}`, 'content-length': String(body.length) };
      delete headers['transfer-encoding'];
      // A fresh connection each time (agent: false): decap-server drops idle keep-alive sockets, and a save sent on one as it closes is lost.
      const upstream = request({ host: '127.0.0.1', port, agent: false, method: req.method, path: req.url!.replace(DECAP_API_PREFIX, '/api'), headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', () => refuse(res, 502, 'decap-server läuft nicht (npm run dev startet ihn).'));
      upstream.end(body);
    })();
  };
}

/** Adds the proxy to `astro dev`, ahead of Astro's own routing; not at all when the server listens beyond this machine. */
export function decapProxy(port = Number(process.env.DECAP_PORT ?? 8081)): AstroIntegration {
  return {
    name: 'thinka:decap-proxy',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        if (command !== 'dev') return;
        if (!isLoopbackListen(config.server.host)) {
          logger.warn('Der Entwicklungsserver ist aus dem Netz erreichbar (--host): die lokale Redaktion (/decap-api) ist deshalb abgeschaltet.');
          return;
        }
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'thinka:decap-proxy',
                enforce: 'post',
                // Astro puts its own routing at the front of the stack in a post hook; this runs later and goes before it.
                configureServer(server) {
                  return () => {
                    server.middlewares.stack.unshift({ route: '', handle: decapProxyMiddleware(port) as never });
                  };
                },
              },
            ],
          },
        });
      },
    },
  };
}
