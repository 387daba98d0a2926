/** A throwaway nginx (Debian's /usr/sbin/nginx) serving built sites with the repository's deploy/nginx config. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
export const SITE_SNIPPET = join(process.cwd(), 'deploy/nginx/thinka-site.conf');

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
  const config = `
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
  ${servers.join('\n')}
}
`;
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
