/**
 * Forwards /decap-api/* to decap-server on 127.0.0.1, so the CMS talks to its local
 * backend through the site's own origin (no cross-origin request, no open port needed).
 */
import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';

export const DECAP_API_PREFIX = '/decap-api';

/** Connect-style middleware; calls next() for every other path. */
export function decapProxyMiddleware(port: number) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if (!req.url?.startsWith(`${DECAP_API_PREFIX}/`)) {
      next();
      return;
    }
    const upstream = request(
      { host: '127.0.0.1', port, method: req.method, path: req.url.replace(DECAP_API_PREFIX, '/api'), headers: { ...req.headers, host: `127.0.0.1:${port}` } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.writeHead(502, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: 'decap-server is not running' }));
    });
    req.pipe(upstream);
  };
}

/** Adds the proxy to `astro dev`, ahead of Astro's own routing. */
export function decapProxy(port = Number(process.env.DECAP_PORT ?? 8081)): AstroIntegration {
  return {
    name: 'thinka:decap-proxy',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
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
