// Measures what the content guard (src/lib/content-guard.ts) costs: the real content and 5,000 bodies shaped like
// npm run benchmark's synthetic entries, parsed and checked once each. A measurement, not a test.
// Usage: npm run benchmark:guard
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContentBody } from '../src/lib/content-guard.ts';

const LOREM = 'Dieser Eintrag ist synthetisch und dient nur der Messung der Build-Zeit. Er beschreibt keine echte Anlaufstelle, keine echte Person und keinen echten Ort. ';
// The bodies scripts/benchmark.ts writes for Anlaufstellen, pages and team profiles.
const synthetic = (i: number) =>
  [`${LOREM.repeat(3)}\n\n## Angebot\n\n${LOREM.repeat(4)}`, `${LOREM.repeat(4)}\n\n## Abschnitt ${i}\n\n${LOREM.repeat(6)}`, LOREM.repeat(5)][i % 3]!;
const real = readdirSync(join(process.cwd(), 'content'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
  .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));

for (const [name, bodies] of [
  ['Echte Inhalte', real],
  ['5.000 synthetische Einträge (wie npm run benchmark)', Array.from({ length: 5000 }, (_, i) => synthetic(i))],
] as const) {
  const start = performance.now();
  const problems = bodies.reduce((sum, body) => sum + checkContentBody(body).length, 0);
  console.log(`${name}: ${bodies.length} Texte, ${problems} Probleme, Prüfung ${Math.round(performance.now() - start)} ms`);
}
