// Loaded by scripts/datenstand.ts through Vite (the schemas import Astro's zod): reads content/standorte,
// checks every entry against the schema and builds the data report (src/lib/datenstand.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { datenstand, datenstandHtml, datenstandMarkdown } from '../src/lib/datenstand';
import { freshnessDays } from '../src/lib/freshness';
import { standorteSchema } from '../src/schemas/standorte';

export function report(root: string, today: Date, env: Record<string, string | undefined>) {
  const dir = join(root, process.env.THINKA_CONTENT_DIR ?? 'content', 'standorte');
  const standorte = readdirSync(dir)
    .filter((file) => file.endsWith('.mdx') && !file.startsWith('_'))
    .map((file) => {
      const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, file), 'utf8'))?.[1] ?? '';
      return { id: file.replace(/\.mdx$/, ''), data: standorteSchema().parse(parse(frontMatter)) };
    });
  const maxDays = freshnessDays(env);
  const rows = datenstand(standorte, today, maxDays);
  return { markdown: datenstandMarkdown(rows, today, maxDays), html: datenstandHtml(rows, today, maxDays), count: rows.length };
}
