/**
 * Gate: no broken internal link, image, media source or anchor in the built HTML.
 * External URLs (https:, mailto:, tel:, data:) are not followed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distFileFor, htmlFilesIn, pagePathOf } from './site-files.ts';

/** Every broken reference as "file: url" (or "file: url (Anker fehlt)"). */
export function brokenLinks(dist: string, files = htmlFilesIn(dist)): string[] {
  const broken: string[] = [];
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idsByFile.has(file)) {
      const html = readFileSync(file, 'utf8');
      idsByFile.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id!)));
    }
    return idsByFile.get(file)!;
  };
  for (const file of files) {
    const html = readFileSync(join(dist, file), 'utf8');
    const urls = [
      ...[...html.matchAll(/\s(?:href|src|poster)="([^"]+)"/g)].map(([, url]) => url!),
      ...[...html.matchAll(/\ssrcset="([^"]+)"/g)].flatMap(([, set]) => set!.split(',').map((part) => part.trim().split(/\s+/)[0]!)),
    ];
    for (const raw of urls) {
      const url = raw.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|tel:|data:)/.test(url)) continue;
      const resolved = new URL(url, `https://site.invalid${pagePathOf(file)}`);
      const target = distFileFor(dist, resolved.pathname);
      if (!target) {
        broken.push(`${file}: ${url}`);
        continue;
      }
      const fragment = decodeURIComponent(resolved.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) broken.push(`${file}: ${url} (Anker fehlt)`);
    }
  }
  return broken;
}
