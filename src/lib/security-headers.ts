/**
 * HTTP response headers for hosting the built site: one source for the `_headers` file in dist/
 * (Netlify, Cloudflare Pages and compatible hosts) and the nginx configuration in deploy/.
 *
 * The public site needs no 'unsafe-inline': its pages have no inline scripts, no <style> elements and
 * no style attributes (the build-output test checks that); JSON-LD and the finder's JSON data are
 * `<script type="application/ld+json">` / `application/json`, which browsers never execute.
 * The search page and Pagefind's worker (/pagefind/) additionally need 'wasm-unsafe-eval' (Pagefind
 * compiles WebAssembly); that allows WebAssembly only, not JavaScript eval. The CMS under /admin/ gets its own, looser policy: Decap CMS
 * evaluates code ('unsafe-eval') and injects styles at run time ('unsafe-inline' for styles only).
 */
import type { BackendSettings } from './cms-backend';
import { SIBLINGS } from './precompress.ts';

export type HeaderList = Array<[name: string, value: string]>;

export interface HeaderRule {
  /** Path pattern in `_headers` syntax: "/", "/file.txt" or "/folder/*". */
  path: string;
  headers: HeaderList;
}

/** The part of the CMS backend settings (lib/cms-backend.ts) that decides which Git host the CMS may talk to. */
export type CmsHostSettings = Pick<BackendSettings, 'name' | 'base_url' | 'api_root'>;

const directives = (entries: Array<[string, string]>) => entries.map(([name, value]) => `${name} ${value}`).join('; ');

/** Content-Security-Policy of every public page; `wasm` adds WebAssembly for the search page. */
export function publicCsp({ wasm = false }: { wasm?: boolean } = {}): string {
  return directives([
    ['default-src', "'self'"],
    ['script-src', wasm ? "'self' 'wasm-unsafe-eval'" : "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self'"],
    ['media-src', "'self'"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ]);
}

/** Default API addresses of the Git hosts Decap CMS supports (admin/config.ts, CMS_BACKEND). */
const DEFAULT_API_ROOT: Record<string, string> = {
  github: 'https://api.github.com',
  gitlab: 'https://gitlab.com/api/v4',
};
/** Where Decap's GitHub backend shows user avatars from. */
const AVATARS: Record<string, string> = { github: 'https://avatars.githubusercontent.com' };
/** Decap's GitHub backend asks GitHub's status page whether the service is down (STATUS_PAGE in decap-cms-backend-github). */
const STATUS_PAGES: Record<string, string> = { github: 'https://www.githubstatus.com' };

const originOf = (url: string | undefined) => {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

/**
 * Content-Security-Policy of the CMS: scripts only from the site (plus eval, which Decap needs), network
 * access only to the site itself and the configured Git host's API and OAuth server.
 */
export function adminCsp(backend: CmsHostSettings): string {
  const gitHosts = [...new Set([originOf(backend.api_root ?? DEFAULT_API_ROOT[backend.name]), originOf(backend.base_url)].filter(Boolean))];
  const avatars = AVATARS[backend.name];
  return directives([
    ['default-src', "'self'"],
    ['script-src', "'self' 'unsafe-eval'"],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', ["'self'", 'data:', 'blob:', ...gitHosts, ...(avatars ? [avatars] : [])].join(' ')],
    ['media-src', "'self' blob:"],
    ['font-src', "'self' data:"],
    // blob: the CMS reads an uploaded file back from its blob URL before saving it.
    ['connect-src', ["'self'", 'blob:', ...gitHosts, ...(STATUS_PAGES[backend.name] ? [STATUS_PAGES[backend.name]!] : [])].join(' ')],
    ['worker-src', "'self' blob:"],
    ['frame-src', "'self' blob:"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ]);
}

/** The finder's distance sort asks for the position on a click, on the site's own pages only. */
export const PERMISSIONS_POLICY = 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()';

/** Headers for every response, public site and CMS alike. */
export const COMMON_HEADERS: HeaderList = [
  // One year; add includeSubDomains (and preload) once every subdomain of the domain serves HTTPS.
  ['Strict-Transport-Security', 'max-age=31536000'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', PERMISSIONS_POLICY],
  ['X-Frame-Options', 'DENY'],
];

/** Public pages additionally: their CSP and a separate browsing context group. */
export const publicHeaders = (options: { wasm?: boolean } = {}): HeaderList => [
  ['Content-Security-Policy', publicCsp(options)],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** The CMS: its own CSP, kept out of search engines, always revalidated. */
export const adminHeaders = (backend: CmsHostSettings): HeaderList => [
  ['Content-Security-Policy', adminCsp(backend)],
  ['X-Robots-Tag', 'noindex, nofollow'],
  ['Cache-Control', 'no-cache'],
];

/** Built assets carry a content hash in their name and never change. */
export const IMMUTABLE: HeaderList = [['Cache-Control', 'public, max-age=31536000, immutable']];

/**
 * Everything else (HTML, pagefind.js, feed, sitemap, media) keeps its address when it changes: browsers ask again
 * every time (a cheap 304), so a stale page never points to /_astro/ files a new build has removed.
 */
export const REVALIDATE: HeaderList = [['Cache-Control', 'no-cache']];

/** Folders with their own rule; every other top-level entry gets the public policy. */
export const ADMIN_PATH = 'admin';
export const SEARCH_PATH = 'suche';
/** Pagefind's files: its worker script gets the policy of its own response, so it needs WebAssembly too. */
export const SEARCH_BUNDLE_PATH = 'pagefind';
export const ASSETS_PATH = '_astro';

/**
 * Rules for `_headers`. Hosts differ in how they combine rules that match the same path (Cloudflare
 * joins the values, Netlify lets the last one win), so the Content-Security-Policy rules never
 * overlap: one rule per top-level entry of dist/ instead of a catch-all "/*" that would also match /admin/.
 * Only the headers that are the same everywhere sit in "/*".
 */
export function headerRules(topLevelEntries: Array<{ name: string; directory: boolean }>, backend: CmsHostSettings): HeaderRule[] {
  const rules: HeaderRule[] = [
    { path: '/*', headers: COMMON_HEADERS },
    { path: '/', headers: [...publicHeaders(), ...REVALIDATE] },
  ];
  const names = new Set(topLevelEntries.map((entry) => entry.name));
  for (const { name, directory } of [...topLevelEntries].sort((a, b) => a.name.localeCompare(b.name))) {
    if (name === '_headers') continue;
    // A precompressed copy (index.html.br) is served under its original's address and rule.
    if (!directory && SIBLINGS.some((extension) => name.endsWith(`.${extension}`) && names.has(name.slice(0, -extension.length - 1)))) continue;
    const path = directory ? `/${name}/*` : `/${name}`;
    if (name === ADMIN_PATH) rules.push({ path, headers: adminHeaders(backend) });
    else if (name === SEARCH_PATH || name === SEARCH_BUNDLE_PATH) rules.push({ path, headers: [...publicHeaders({ wasm: true }), ...REVALIDATE] });
    else if (name === ASSETS_PATH) rules.push({ path, headers: [...publicHeaders(), ...IMMUTABLE] });
    else rules.push({ path, headers: [...publicHeaders(), ...REVALIDATE] });
  }
  return rules;
}

/** The `_headers` file text. */
export function toHeadersFile(rules: HeaderRule[]): string {
  const header = '# Erzeugt beim Build aus src/lib/security-headers.ts – nicht von Hand ändern.\n';
  return header + rules.map(({ path, headers }) => `${path}\n${headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`).join('');
}

/** Parse `_headers` text back into rules (used by the static test server and the tests). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Does a `_headers` path pattern match a request path? ("*" matches any rest, including "".) */
export function matchesRule(pattern: string, path: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(path);
}

/** The headers a host applying `rules` sends for `path` (Cloudflare-style: all matching rules). */
export function headersFor(rules: HeaderRule[], path: string): HeaderList {
  return rules.filter((rule) => matchesRule(rule.path, path)).flatMap((rule) => rule.headers);
}

const nginxQuote = (value: string) => `"${value.replace(/(["\\])/g, '\\$1')}"`;

/**
 * nginx: a snippet for inside a `server { … }` block with `root` pointing at dist/. add_header in a
 * location replaces the server's, so each location lists all its headers ("always": also on 404).
 */
export function toNginxSnippet(backend: CmsHostSettings): string {
  const addHeaders = (headers: HeaderList, indent = '    ') => headers.map(([name, value]) => `${indent}add_header ${name} ${nginxQuote(value)} always;`).join('\n');
  const location = (match: string, headers: HeaderList, extra: string[] = []) =>
    `location ${match} {\n${addHeaders([...COMMON_HEADERS, ...headers])}\n${extra.map((line) => `    ${line}\n`).join('')}}\n`;
  return [
    '# Erzeugt aus src/lib/security-headers.ts (npm run deploy:nginx) – nicht von Hand ändern.',
    '# Gehört in einen server { … }-Block, dessen root auf den Inhalt von dist/ zeigt (siehe deploy/nginx.conf).',
    'index index.html;',
    'error_page 404 /404.html;',
    'server_tokens off;',
    // Redirects such as /standorte → /standorte/ keep the host and port the visitor used.
    'absolute_redirect off;',
    'charset utf-8;',
    'charset_types text/css text/plain text/vtt text/xml application/javascript application/json application/xml image/svg+xml;',
    'gzip on;',
    'gzip_vary on;',
    'gzip_comp_level 6;',
    'gzip_min_length 256;',
    // Pagefind's index files are compressed already; text/html is always compressed once gzip is on.
    'gzip_types text/css text/plain text/vtt text/xml text/javascript application/javascript application/json application/xml application/rss+xml image/svg+xml text/vcard;',
    // The build writes file.br and file.gz next to every text file (src/lib/precompress.ts): sent as they are, no work per request.
    // brotli_static needs Debian's libnginx-mod-http-brotli-static; gzip_vary also marks these answers "Vary: Accept-Encoding".
    'gzip_static on;',
    'brotli_static on;',
    '',
    location('/', [...publicHeaders(), ...REVALIDATE], ['try_files $uri $uri/ =404;']),
    location(`/${SEARCH_PATH}/`, [...publicHeaders({ wasm: true }), ...REVALIDATE], ['try_files $uri $uri/ =404;']),
    location(`/${SEARCH_BUNDLE_PATH}/`, [...publicHeaders({ wasm: true }), ...REVALIDATE], ['try_files $uri =404;']),
    location(`/${ASSETS_PATH}/`, [...publicHeaders(), ...IMMUTABLE], ['try_files $uri =404;']),
    location(`/${ADMIN_PATH}/`, adminHeaders(backend), ['try_files $uri $uri/ =404;']),
    // The CMS reads its configuration as YAML (the file holds JSON, which is valid YAML).
    location(`= /${ADMIN_PATH}/config.yml`, adminHeaders(backend), ['types { }', 'default_type "text/yaml; charset=utf-8";']),
    // The header rules for other hosts are no page of the site.
    'location = /_headers {\n    return 404;\n}\n',
    // Types that nginx's mime.types does not know.
    location('~ \\.vtt$', [...publicHeaders(), ...REVALIDATE], ['default_type "text/vtt";', 'try_files $uri =404;']),
    location('~ \\.vcf$', [...publicHeaders(), ...REVALIDATE], ['default_type "text/vcard";', 'try_files $uri =404;']),
    location('~ \\.pf_(?:meta|index|fragment|filter)$', [...publicHeaders(), ...REVALIDATE], ['default_type application/octet-stream;', 'try_files $uri =404;']),
  ].join('\n');
}
