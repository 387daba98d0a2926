/** Reading a built site (dist/): its HTML files and what a page path maps to. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** All HTML files below `dist`, as paths relative to it ("standorte/artern/index.html"). */
export function htmlFilesIn(dist: string, dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFilesIn(dist, full);
    return name.endsWith('.html') ? [relative(dist, full)] : [];
  });
}

/** The file in `dist` that answers a site path, or undefined. */
export function distFileFor(dist: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [join(dist, clean, 'index.html')] : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** Site path of an HTML file: "standorte/artern/index.html" → "/standorte/artern/". */
export const pagePathOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;
