// Writes dist/_headers after the build: the site's security headers in the format Netlify,
// Cloudflare Pages and compatible hosts read. The policies live in src/lib/security-headers.ts,
// which also generates the nginx configuration (deploy/nginx/thinka-site.conf).
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { backendFromEnv } from '../lib/cms-backend';
import { headerRules, toHeadersFile } from '../lib/security-headers';
import { orRemoveOutput } from './incomplete-build';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'thinka-security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        await orRemoveOutput(site, 'Das Schreiben von _headers', () => {
          const entries = readdirSync(site, { withFileTypes: true }).map((entry) => ({ name: entry.name, directory: entry.isDirectory() }));
          const rules = headerRules(entries, backendFromEnv(process.env));
          writeFileSync(join(site, '_headers'), toHeadersFile(rules));
          logger.info(`_headers geschrieben: ${rules.length} Regeln (CSP ohne 'unsafe-inline' für die Website, eigene für /admin/)`);
        });
      },
    },
  };
}
