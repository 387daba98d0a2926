// The local editing backend answers only the editor on this machine (issue 13, point 4).
import { createServer, request, type IncomingMessage, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decapProxy, decapProxyMiddleware } from '../../src/integrations/decap-proxy';
import { forbiddenPaths, isEditablePath, isLocalHost, isLocalOrigin, isLoopbackAddress, isLoopbackListen } from '../../src/lib/decap-request';

describe('decap-request rules', () => {
  it('knows loopback peers, local hosts and origins', () => {
    expect(['127.0.0.1', '127.8.9.1', '::1', '::ffff:127.0.0.1'].every(isLoopbackAddress)).toBe(true);
    expect(['192.168.1.20', '10.0.0.1', '::ffff:192.168.1.20', 'fe80::1', undefined].some(isLoopbackAddress)).toBe(false);
    expect(['localhost:4321', '127.0.0.1:4321', '[::1]:4321', 'localhost'].every(isLocalHost)).toBe(true);
    expect(['evil.example:4321', 'localhost.evil.example', '127.0.0.1.nip.io:4321', undefined].some(isLocalHost)).toBe(false);
    expect(isLocalOrigin('http://localhost:4321')).toBe(true);
    expect(isLocalOrigin('http://evil.example')).toBe(false);
    expect(isLocalOrigin('null')).toBe(false);
  });

  it('allows only paths in content/ and public/media/', () => {
    expect(['content/team/a.mdx', '/public/media', 'public/media/film/a.mp4', 'content'].every(isEditablePath)).toBe(true);
    expect(['astro.config.mjs', '.git/hooks/pre-commit', 'content/../astro.config.mjs', 'public/mediafoo/x', 'content\\..\\package.json', ''].some(isEditablePath)).toBe(false);
  });

  it('finds every path parameter of a decap-server request', () => {
    const body = {
      action: 'persistEntry',
      params: {
        branch: 'main',
        dataFiles: [{ slug: 'a', path: 'content/team/a.mdx', raw: '---\n---\n', newPath: '.git/hooks/post-checkout' }],
        assets: [{ path: 'public/media/x.png', content: 'AA==', encoding: 'base64' }],
        options: { commitMessage: 'x', useWorkflow: false, status: '' },
      },
    };
    expect(forbiddenPaths(body)).toEqual(['.git/hooks/post-checkout']);
    expect(forbiddenPaths({ action: 'deleteFiles', params: { branch: 'main', paths: ['content/a.mdx', 'package.json'] } })).toEqual(['package.json']);
    expect(forbiddenPaths({ action: 'getMedia', params: { branch: 'main', mediaFolder: 'src' } })).toEqual(['src']);
    expect(forbiddenPaths({ action: 'info' })).toEqual([]);
  });

  it('treats only a loopback listen address as local', () => {
    expect([undefined, false, 'localhost', '127.0.0.1', '::1'].every(isLoopbackListen)).toBe(true);
    expect([true, '0.0.0.0', '::', '192.168.1.20'].some(isLoopbackListen)).toBe(false);
  });
});

/** The proxy on a port of its own, in front of a stand-in for decap-server answering with `handler`. */
async function proxyInFrontOf(handler: RequestListener): Promise<{ port: number; close: () => void }> {
  const upstream = createServer(handler);
  await new Promise<void>((done) => upstream.listen(0, '127.0.0.1', done));
  const proxy = decapProxyMiddleware((upstream.address() as AddressInfo).port);
  const site = createServer((req, res) => proxy(req, res, () => res.end('Website')));
  await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
  return {
    port: (site.address() as AddressInfo).port,
    close: () => {
      upstream.close();
      site.close();
    },
  };
}

describe('decapProxyMiddleware', () => {
  let servers: Awaited<ReturnType<typeof proxyInFrontOf>>;
  let sitePort: number;
  const received: string[] = [];

  beforeAll(async () => {
    // Stands in for decap-server: records what reaches it.
    servers = await proxyInFrontOf((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push(`${req.method} ${req.url} ${body}`);
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"ok":true}');
      });
    });
    sitePort = servers.port;
  });

  afterAll(() => servers.close());

  /** POST to the proxy with the given headers and JSON body; resolves with status and body. */
  function post(headers: Record<string, string>, body: unknown): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: sitePort, method: 'POST', path: '/decap-api/v1', headers: { 'Content-Type': 'application/json', ...headers } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.end(JSON.stringify(body));
    });
  }

  const write = (path: string) => ({ action: 'persistMedia', params: { branch: 'main', asset: { path, content: 'AA==', encoding: 'base64' }, options: { commitMessage: 'x' } } });

  it('forwards a local editor’s request for a path in content/', async () => {
    const answer = await post({ Host: `localhost:${sitePort}`, Origin: `http://localhost:${sitePort}` }, write('content/media/a/bild.png'));
    expect(answer).toEqual({ status: 200, text: '{"ok":true}' });
    expect(received.at(-1)).toContain('POST /api/v1 {"action":"persistMedia"');
  });

  it.each([
    ['a foreign Host header (DNS rebinding)', { Host: 'evil.example:4321' }, write('content/a.png'), 'nur unter http://localhost'],
    ['a foreign Origin (another site’s page)', { Host: 'localhost:PORT', Origin: 'http://evil.example' }, write('content/a.png'), 'anderer Websites'],
    ['a path outside content/', { Host: 'localhost:PORT' }, write('astro.config.mjs'), 'nicht: astro.config.mjs'],
    ['a path climbing out of content/', { Host: '127.0.0.1:PORT' }, write('content/../.git/hooks/pre-commit'), 'nicht: content/../.git/hooks/pre-commit'],
  ])('refuses %s without reaching decap-server', async (_, headers, body, message) => {
    const before = received.length;
    // The table is built before the server has its port.
    const answer = await post(Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, value.replace('PORT', String(sitePort))])), body);
    expect(answer.status).toBe(403);
    expect(answer.text).toContain(message);
    expect(received.length).toBe(before);
  });

  it('refuses a peer that is not this machine', () => {
    const req = Object.assign(Readable.from([]), { url: '/decap-api/v1', method: 'POST', headers: { host: 'localhost:4321' }, socket: { remoteAddress: '192.168.1.20' } });
    let status = 0;
    let text = '';
    const res = { writeHead: (code: number) => (status = code), end: (body: string) => (text = body) };
    decapProxyMiddleware(1)(req as unknown as IncomingMessage, res as never, () => {});
    expect(status).toBe(403);
    expect(text).toContain('nur auf diesem Rechner');
  });
});

describe('decapProxyMiddleware and an idle decap-server connection', () => {
  let servers: Awaited<ReturnType<typeof proxyInFrontOf>>;
  let sitePort: number;

  beforeAll(async () => {
    // Stands in for decap-server closing an idle keep-alive socket just as the next request arrives: a second request on a socket is reset unanswered.
    servers = await proxyInFrontOf((req, res) => {
      const socket = req.socket as typeof req.socket & { served?: boolean };
      if (socket.served) {
        socket.destroy();
        return;
      }
      socket.served = true;
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"ok":true}');
      });
    });
    sitePort = servers.port;
  });

  afterAll(() => servers.close());

  /** A save as the browser sends it (keep-alive, which the proxy passes on). */
  const save = () =>
    new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: sitePort,
          agent: false,
          method: 'POST',
          path: '/decap-api/v1',
          headers: { Host: `localhost:${sitePort}`, Connection: 'keep-alive', 'Content-Type': 'application/json' },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ action: 'info' }));
    });

  it('answers every save in a row, never on a connection decap-server may be closing', async () => {
    expect([await save(), await save(), await save()]).toEqual([200, 200, 200]);
  });
});

describe('decapProxy integration', () => {
  /** The Vite plugins the integration adds for a given dev server host. */
  function pluginsFor(host: string | boolean | undefined): unknown[] {
    const plugins: unknown[] = [];
    const warnings: string[] = [];
    const setup = decapProxy().hooks['astro:config:setup'] as (options: unknown) => void;
    setup({
      command: 'dev',
      config: { server: { host } },
      logger: { warn: (message: string) => warnings.push(message) },
      updateConfig: (config: { vite: { plugins: unknown[] } }) => plugins.push(...config.vite.plugins),
    });
    return plugins;
  }

  it('installs the proxy on localhost and none with --host', () => {
    expect(pluginsFor(undefined)).toHaveLength(1);
    expect(pluginsFor('127.0.0.1')).toHaveLength(1);
    expect(pluginsFor(true)).toEqual([]);
    expect(pluginsFor('0.0.0.0')).toEqual([]);
  });
});
