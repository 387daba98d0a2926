/** A throwaway nginx (Debian's /usr/sbin/nginx) serving built sites with the repository's deploy/nginx config. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
export const SITE_SNIPPET = join(process.cwd(), 'deploy/nginx/thinka-site.conf');
/** Debian's brotli_static module (libnginx-mod-http-brotli-static); the snippet's brotli_static needs it loaded. */
export const BROTLI_STATIC_MODULE = process.env.NGINX_BROTLI_STATIC_MODULE ?? '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface NginxSite {
  /** Folder served as root, e.g. dist/. */
  root: string;
  port: number;
  /** Forward /decap-api/ to a local decap-server on this port (the CMS's local backend). */
  decapPort?: number;
}

export interface RunningNginx {
  stop: () => Promise<void>;
  errorLog: () => string;
}

/** Start nginx in the foreground (a child of the test) with a temp prefix, pid and log files. */
export async function startNginx(sites: NginxSite[]): Promise<RunningNginx> {
  if (!existsSync(NGINX)) throw new Error(`nginx fehlt (${NGINX}): bash scripts/ensure-debian-tools.sh installiert Debians Paket.`);
  const prefix = mkdtempSync(join(tmpdir(), 'thinka-nginx-'));
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, dir));
  const servers = sites.map(
    (site) => `
    server {
      listen 127.0.0.1:${site.port};
      server_name localhost;
      root ${site.root};
      ${site.decapPort ? `location /decap-api/ { proxy_pass http://127.0.0.1:${site.decapPort}/api/; }` : ''}
      include ${SITE_SNIPPET};
    }`,
  );
  const config = testHttpConfig(prefix, servers.join('\n'));
  const configFile = join(prefix, 'nginx.conf');
  writeFileSync(configFile, config);
  const errorLog = () => (existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '');
  const child: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', configFile, '-e', join(prefix, 'error.log')], { stdio: ['ignore', 'inherit', 'inherit'] });
  let exited: number | null | undefined;
  child.on('exit', (code) => (exited = code));
  for (let attempt = 0; ; attempt += 1) {
    if (exited !== undefined) throw new Error(`nginx beendet (${exited}):\n${errorLog()}`);
    try {
      await fetch(`http://127.0.0.1:${sites[0]!.port}/`);
      break;
    } catch {
      if (attempt > 100) throw new Error(`nginx antwortet nicht:\n${errorLog()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    errorLog,
    stop: async () => {
      if (exited === undefined) {
        const done = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await done;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

export const PRODUCTION_CONFIG = join(process.cwd(), 'deploy/nginx.conf');

/**
 * deploy/nginx.conf as shipped, with only what differs on a test machine replaced: ports on 127.0.0.1, a
 * throwaway self-signed certificate, dist/ as root and the snippet from this checkout. Everything else
 * (HTTP→HTTPS redirect, TLS, http2, the include) is the file itself.
 */
export function productionServers(text: string, options: { root: string; httpPort: number; httpsPort: number; certificate: string; key: string }): string {
  const replaced = text
    .replace(/^\s*listen \[::\]:\d+.*$/gm, '')
    .replace(/listen 80;/, `listen 127.0.0.1:${options.httpPort};`)
    .replace(/listen 443 /, `listen 127.0.0.1:${options.httpsPort} `)
    .replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${options.certificate};`)
    .replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${options.key};`)
    .replace(/root \/var\/www\/thinka;/, `root ${options.root};`)
    .replace(/include \/etc\/nginx\/snippets\/thinka-site\.conf;/, `include ${SITE_SNIPPET};`);
  for (const expected of [`127.0.0.1:${options.httpPort}`, `127.0.0.1:${options.httpsPort}`, options.certificate, options.key, options.root, SITE_SNIPPET]) {
    if (!replaced.includes(expected)) throw new Error(`deploy/nginx.conf hat eine unerwartete Form: ${expected} ließ sich nicht einsetzen.`);
  }
  return replaced;
}

/** A self-signed certificate for thinka.de in `dir` (Debian's openssl), valid for a day. */
export function selfSignedCertificate(dir: string): { certificate: string; key: string } {
  const certificate = join(dir, 'fullchain.pem');
  const key = join(dir, 'privkey.pem');
  const result = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', certificate, '-days', '1', '-subj', '/CN=thinka.de'], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`openssl: ${result.stderr}`);
  return { certificate, key };
}

/** The http { } frame of a test nginx around `servers`, with every temp path under `prefix`. */
export function testHttpConfig(prefix: string, servers: string): string {
  // Debian loads it from /etc/nginx/modules-enabled/, which this throwaway configuration does not include.
  if (!existsSync(BROTLI_STATIC_MODULE))
    throw new Error(`brotli_static fehlt (${BROTLI_STATIC_MODULE}): bash scripts/ensure-debian-tools.sh installiert libnginx-mod-http-brotli-static.`);
  return `
load_module ${BROTLI_STATIC_MODULE};
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
daemon off;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')} warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path ${join(prefix, 'body')};
  proxy_temp_path ${join(prefix, 'proxy')};
  fastcgi_temp_path ${join(prefix, 'fastcgi')};
  uwsgi_temp_path ${join(prefix, 'uwsgi')};
  scgi_temp_path ${join(prefix, 'scgi')};
  ${servers}
}
`;
}

/** `nginx -t` on a configuration file: exit status and nginx's own words. */
export function nginxTest(prefix: string, configFile: string): { status: number | null; output: string } {
  const result = spawnSync(NGINX, ['-t', '-p', prefix, '-c', configFile, '-e', join(prefix, 'error.log')], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Start Debian's nginx with the shipped deploy/nginx.conf serving `root`; checks it with nginx -t first. */
export async function startProductionNginx(root: string): Promise<RunningNginx & { httpPort: number; httpsPort: number; configTest: string }> {
  if (!existsSync(NGINX)) throw new Error(`nginx fehlt (${NGINX}): bash scripts/ensure-debian-tools.sh installiert Debians Paket.`);
  const prefix = mkdtempSync(join(tmpdir(), 'thinka-nginx-prod-'));
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, dir));
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const servers = productionServers(readFileSync(PRODUCTION_CONFIG, 'utf8'), { root, httpPort, httpsPort, ...selfSignedCertificate(prefix) });
  const configFile = join(prefix, 'nginx.conf');
  writeFileSync(configFile, testHttpConfig(prefix, servers));
  const configTest = nginxTest(prefix, configFile);
  if (configTest.status !== 0) throw new Error(`nginx -t lehnt deploy/nginx.conf ab:\n${configTest.output}`);
  const errorLog = () => (existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '');
  const child: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', configFile, '-e', join(prefix, 'error.log')], { stdio: ['ignore', 'inherit', 'inherit'] });
  let exited: number | null | undefined;
  child.on('exit', (code) => (exited = code));
  for (let attempt = 0; ; attempt += 1) {
    if (exited !== undefined) throw new Error(`nginx beendet (${exited}):\n${errorLog()}`);
    try {
      await fetch(`http://127.0.0.1:${httpPort}/`, { redirect: 'manual' });
      break;
    } catch {
      if (attempt > 100) throw new Error(`nginx antwortet nicht:\n${errorLog()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    httpPort,
    httpsPort,
    configTest: configTest.output,
    errorLog,
    stop: async () => {
      if (exited === undefined) {
        const done = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await done;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
