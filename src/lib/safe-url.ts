/**
 * Which link targets and image sources content may use: web, mail, phone and this site.
 * Shared by the CMS escaper (in the browser, src/lib/mdx-body.ts) and the build's guard
 * (src/lib/content-guard.ts), so both apply one rule.
 */

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
// SVG too: Astro shows it through <img>, where its scripts never run.
const LOCAL_IMAGE = /\.(?:jpe?g|png|webp|avif|gif|svg)$/i;

/** The scheme a browser would read from a link target, lower-cased, or undefined for a relative address. */
export function urlScheme(url: string): string | undefined {
  // Browsers drop tabs and line breaks anywhere and C0 controls and spaces at both ends before parsing.
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** True for https:, http:, mailto:, tel: and addresses on this site; `url` as the Markdown parser decoded it. */
export function isSafeLinkTarget(url: string): boolean {
  const scheme = urlScheme(url);
  if (scheme !== undefined) return SAFE_SCHEMES.has(scheme);
  // "//host" and its backslash forms lead to another host without a scheme.
  return !/^[/\\]{2}/.test(url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, ''));
}

/** True for an address from this site's root ("/…", or "\…" as browsers read it), after the characters browsers strip. */
export function isRootRelative(url: string): boolean {
  return /^[\u0000-\u0020]*[/\\]/.test(url);
}

export interface ImageContext {
  /** The entry's file relative to the project, e.g. content/pages/x.mdx; without it no "../" is accepted. */
  file?: string | undefined;
  /** The folder images must stay in (default "content"). */
  contentRoot?: string | undefined;
}

/** Remove "." and ".." segments of a "/"-separated path, keeping leading ".." that cannot be resolved. */
function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/** Whether a Markdown image source may be built: a path on this site, or an image file that stays in the content folder. */
export function isSafeImageSource(url: string, context: ImageContext = {}): boolean {
  if (urlScheme(url) !== undefined) return false;
  if (isRootRelative(url)) return isSafeLinkTarget(url);
  // Astro imports a relative image source as a module (after decodeURI): only image files inside content/.
  let decoded: string;
  try {
    decoded = decodeURI(url);
  } catch {
    return false;
  }
  if (/[?#\\]/.test(decoded) || !LOCAL_IMAGE.test(decoded)) return false;
  // Without the file (the CMS escaper), leading "../" may reach a shared folder such as leichte-sprache/bilder/;
  // whether that stays inside content/ only the file's path tells: the CMS's save check and the build pass it.
  if (!context.file)
    return !decoded
      .replace(/^(?:\.\.\/)+/, '')
      .split('/')
      .includes('..');
  const root = normalizePath(context.contentRoot ?? 'content');
  const folder = context.file.split('/').slice(0, -1).join('/');
  return normalizePath(`${folder}/${decoded}`).startsWith(`${root}/`);
}

// Character references that can spell a scheme; any other named one makes the target count as unsafe.
const NAMED: Record<string, string> = { colon: ':', Tab: '\t', NewLine: '\n', amp: '&', sol: '/', period: '.', num: '#', quest: '?', lpar: '(', rpar: ')' };

/** A link destination as written in Markdown, decoded as the parser will (escapes, character references), or undefined if unsure. */
export function decodeDestination(raw: string): string | undefined {
  let unsure = false;
  const decoded = raw.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/g, (_, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    }
    const named = NAMED[ref];
    if (named === undefined) unsure = true;
    return named ?? '';
  });
  return unsure ? undefined : decoded;
}
