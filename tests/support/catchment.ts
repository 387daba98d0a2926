/** The catchment names written in content/standorte/*.mdx, read straight from the files (independent of the site's code). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface CatchmentFromFile {
  standortId: string;
  name: string;
}

const unquote = (value: string) => value.trim().replace(/^(["'])(.*)\1$/, '$2');

/** Every `- name:` line inside the front matter's top-level `catchment:` list. */
export function catchmentEntries(dir = join(process.cwd(), 'content/standorte')): CatchmentFromFile[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx') && !file.startsWith('_'))
    .flatMap((file) => {
      const frontMatter = readFileSync(join(dir, file), 'utf8').split(/^---$/m)[1] ?? '';
      const entries: CatchmentFromFile[] = [];
      let inCatchment = false;
      for (const line of frontMatter.split('\n')) {
        if (/^\S/.test(line)) inCatchment = line.startsWith('catchment:');
        const name = inCatchment ? /^\s*-\s*name:\s*(.+)$/.exec(line)?.[1] : undefined;
        if (name) entries.push({ standortId: file.replace(/\.mdx$/, ''), name: unquote(name) });
      }
      return entries;
    });
}

/** Location ids, one per content file. */
export function standortIds(dir = join(process.cwd(), 'content/standorte')): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx') && !file.startsWith('_'))
    .map((file) => file.replace(/\.mdx$/, ''));
}
