import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCmsConfig } from '../../admin/config';
import { backendFromEnv } from '../../src/lib/cms-backend';
import { adminCsp, headerRules, headersFor, parseHeadersFile, publicCsp, toHeadersFile, toNginxSnippet } from '../../src/lib/security-headers';
import { parseSecurityTxt, securityContact, securityTxt } from '../../src/lib/security-txt';

const TOP_LEVEL = [
  { name: 'index.html', directory: false },
  { name: '404.html', directory: false },
  { name: 'admin', directory: true },
  { name: 'suche', directory: true },
  { name: 'pagefind', directory: true },
  { name: 'standorte', directory: true },
  { name: '_astro', directory: true },
  { name: '.well-known', directory: true },
  { name: '_headers', directory: false },
];
const github = backendFromEnv({});

describe('Content-Security-Policy', () => {
  it('the public policy allows only the site itself, no inline code, no eval, no framing', () => {
    const csp = publicCsp();
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|\*|https?:/);
    for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'"]) {
      expect(csp).toContain(directive);
    }
    // Only WebAssembly for the search page (Pagefind), still no inline code and no JavaScript eval.
    expect(publicCsp({ wasm: true })).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(publicCsp({ wasm: true })).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it('the CMS may eval and inline styles, but talks only to the site and the configured Git host', () => {
    const csp = adminCsp(github);
    expect(csp).toContain("script-src 'self' 'unsafe-eval'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    // GitHub's status page: Decap's GitHub backend asks it whether GitHub is down.
    expect(csp).toContain("connect-src 'self' blob: https://api.github.com https://www.githubstatus.com;");
    expect(csp).toContain("frame-ancestors 'none'");
    const gitea = adminCsp(backendFromEnv({ CMS_BACKEND: 'gitea', CMS_BASE_URL: 'https://git.example.org', CMS_API_ROOT: 'https://git.example.org/api/v1' }));
    expect(gitea).toContain("connect-src 'self' blob: https://git.example.org;");
    expect(adminCsp(backendFromEnv({ CMS_BACKEND: 'gitlab' }))).toContain("connect-src 'self' blob: https://gitlab.com;");
  });
});

describe('_headers (Netlify, Cloudflare Pages)', () => {
  const rules = headerRules(TOP_LEVEL, github);
  const text = toHeadersFile(rules);

  it('round-trips through the parser the test server uses', () => {
    expect(parseHeadersFile(text)).toEqual(rules.map((rule) => ({ path: rule.path, headers: rule.headers })));
  });

  it('gives every path exactly one Content-Security-Policy, so hosts that join matching rules send one policy', () => {
    const csp = (path: string) =>
      headersFor(rules, path)
        .filter(([name]) => name === 'Content-Security-Policy')
        .map(([, value]) => value);
    expect(csp('/')).toEqual([publicCsp()]);
    expect(csp('/index.html')).toEqual([publicCsp()]);
    expect(csp('/standorte/artern/')).toEqual([publicCsp()]);
    expect(csp('/suche/')).toEqual([publicCsp({ wasm: true })]);
    expect(csp('/pagefind/pagefind-worker.js')).toEqual([publicCsp({ wasm: true })]);
    expect(csp('/admin/')).toEqual([adminCsp(github)]);
    expect(csp('/.well-known/security.txt')).toEqual([publicCsp()]);
    for (const path of ['/', '/standorte/', '/admin/', '/suche/']) {
      const names = headersFor(rules, path).map(([name]) => name);
      expect(new Set(names).size, `no header twice on ${path}`).toBe(names.length);
      for (const name of ['Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']) expect(names).toContain(name);
    }
  });

  it('keeps /admin out of search engines and allows geolocation only for the site itself', () => {
    expect(headersFor(rules, '/admin/')).toContainEqual(['X-Robots-Tag', 'noindex, nofollow']);
    expect(headersFor(rules, '/standorte/')).not.toContainEqual(['X-Robots-Tag', 'noindex, nofollow']);
    expect(headersFor(rules, '/standorte/')).toContainEqual(['Permissions-Policy', expect.stringContaining('geolocation=(self)')]);
    expect(headersFor(rules, '/_astro/app.js')).toContainEqual(['Cache-Control', 'public, max-age=31536000, immutable']);
    expect(text).not.toMatch(/^_headers/m);
  });

  it('lets browsers cache only hashed files; everything else is revalidated, so no stale page points to removed files', () => {
    const site = headerRules([...TOP_LEVEL, { name: 'medien', directory: true }, { name: 'sitemap-index.xml', directory: false }], github);
    const cacheControl = (path: string) => headersFor(site, path).filter(([name]) => name === 'Cache-Control');
    for (const path of ['/', '/standorte/', '/suche/', '/pagefind/pagefind.js', '/medien/feed.xml', '/sitemap-index.xml', '/admin/']) {
      expect(cacheControl(path), path).toEqual([['Cache-Control', 'no-cache']]);
    }
    expect(cacheControl('/_astro/app.js')).toEqual([['Cache-Control', 'public, max-age=31536000, immutable']]);
  });
});

describe('precompressed copies', () => {
  it('get no rule of their own: they are served under the original address, with its rule', () => {
    const withCopies = [...TOP_LEVEL, { name: 'index.html.br', directory: false }, { name: 'index.html.gz', directory: false }, { name: '404.html.gz', directory: false }];
    expect(headerRules(withCopies, github)).toEqual(headerRules(TOP_LEVEL, github));
    // A file that only looks like a copy (no original beside it) keeps its rule.
    expect(headerRules([...TOP_LEVEL, { name: 'daten.gz', directory: false }], github).map((rule) => rule.path)).toContain('/daten.gz');
  });
});

describe('nginx', () => {
  it('the committed deploy/nginx/thinka-site.conf is the generated one (npm run deploy:nginx)', () => {
    const committed = readFileSync(join(process.cwd(), 'deploy/nginx/thinka-site.conf'), 'utf8');
    expect(committed).toBe(toNginxSnippet(github));
  });

  it('repeats every header in each location (add_header does not inherit) and sends them on errors too', () => {
    const snippet = toNginxSnippet(github);
    const locations = snippet
      .split(/^location /m)
      .slice(1)
      .filter((block) => !block.startsWith('= /_headers'));
    expect(locations.length).toBeGreaterThanOrEqual(4);
    for (const block of locations) {
      for (const name of ['Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Content-Security-Policy']) {
        expect(block, block.split('\n')[0]).toContain(`add_header ${name} `);
      }
    }
    expect(
      snippet
        .split('\n')
        .filter((line) => line.includes('add_header'))
        .every((line) => line.endsWith(' always;')),
    ).toBe(true);
  });
});

describe('security.txt (RFC 9116)', () => {
  const site = new URL('https://thinka.de/');

  it('defaults the contact to the Impressum and accepts only URIs from SECURITY_CONTACT', () => {
    expect(securityContact({}, site)).toBe('https://thinka.de/impressum/');
    expect(securityContact({ SECURITY_CONTACT: 'mailto:sicherheit@thinka.de' }, site)).toBe('mailto:sicherheit@thinka.de');
    expect(() => securityContact({ SECURITY_CONTACT: 'sicherheit@thinka.de' }, site)).toThrow(/SECURITY_CONTACT „sicherheit@thinka.de“ ist keine gültige Adresse/);
  });

  it('has Contact, Expires within a year, Preferred-Languages and Canonical', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    const fields = parseSecurityTxt(securityTxt({ contact: 'https://thinka.de/impressum/', site, now }));
    expect(fields.Contact).toEqual(['https://thinka.de/impressum/']);
    expect(fields['Preferred-Languages']).toEqual(['de']);
    expect(fields.Canonical).toEqual(['https://thinka.de/.well-known/security.txt']);
    const expires = new Date(fields.Expires![0]!);
    expect(fields.Expires![0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(expires.getTime() - now.getTime()).toBeGreaterThan(300 * 86_400_000);
    expect(expires.getTime() - now.getTime()).toBeLessThan(365 * 86_400_000);
  });
});

describe('CMS freshness notice', () => {
  it('shows „geprüft am“ in the list of Anlaufstellen and the build-time notice above it', () => {
    const config = buildCmsConfig({ CMS_REPO: 'thinka/website' }, 'https://thinka.de/', {
      freshnessNotice: 'Seit mehr als 365 Tagen nicht geprüft (Stand des letzten Builds): ThINKA Artern.',
    });
    const standorte = config.collections.find((collection) => collection.name === 'standorte')!;
    expect(standorte.summary).toBe("{{name}} – {{district}} – geprüft am: {{checkedAt | default('noch nicht geprüft')}}");
    expect(standorte.description).toContain('ThINKA Artern');
  });
});
