/**
 * Who and what the local editing backend answers (src/integrations/decap-proxy.ts): decap-server writes into the
 * checkout, so only the editor on this machine may reach it, and only for content and uploads.
 */

/** Folders decap-server may read and write, relative to the checkout. */
export const EDITABLE_FOLDERS = ['content', 'public/media'] as const;

/** Parameters of decap-server's actions that name a file or folder (see decap-server's Joi schema). */
const PATH_KEYS = new Set(['path', 'newPath', 'folder', 'mediaFolder', 'paths']);

/** True for a peer address on this machine (127.0.0.0/8, ::1, and their IPv4-mapped forms). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const ipv4 = address.replace(/^::ffff:/i, '');
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ipv4) || address === '::1';
}

/** True for a Host header naming this machine: localhost, 127.0.0.1 or [::1], with or without a port. */
export function isLocalHost(host: string | undefined): boolean {
  if (!host) return false;
  return /^(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/i.test(host.trim());
}

/** True for an Origin header of a page on this machine (http or https); a missing Origin is decided by the caller. */
export function isLocalOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** True for a path inside content/ or public/media/ that does not climb out ("." and ".." segments are refused). */
export function isEditablePath(path: string): boolean {
  const segments = path
    .replace(/\\/g, '/')
    .replace(/^\/+/, '')
    .split('/')
    .filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) return false;
  const normalized = segments.join('/');
  return EDITABLE_FOLDERS.some((folder) => normalized === folder || normalized.startsWith(`${folder}/`));
}

/** Every path in a decap-server request ({ action, params }) that lies outside the editable folders. */
export function forbiddenPaths(body: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown, key?: string) => {
    if (key !== undefined && PATH_KEYS.has(key)) {
      const paths = Array.isArray(value) ? value : [value];
      for (const path of paths) if (typeof path !== 'string' || !isEditablePath(path)) found.push(String(path));
      return;
    }
    if (Array.isArray(value)) value.forEach((item) => visit(item));
    else if (value && typeof value === 'object') for (const [name, item] of Object.entries(value)) visit(item, name);
  };
  visit((body as { params?: unknown } | null)?.params);
  return found;
}

/** True for a host the dev server listens on that only this machine can reach (Astro's server.host). */
export function isLoopbackListen(host: string | boolean | undefined): boolean {
  if (host === undefined || host === false) return true;
  if (host === true) return false;
  return ['localhost', '127.0.0.1', '::1', '[::1]'].includes(host) || /^127\./.test(host);
}
