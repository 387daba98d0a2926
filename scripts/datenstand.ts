// Data report for staff: which facts of each Anlaufstelle are confirmed, only sourced, warned or missing,
// and which are older than the freshness limit (THINKA_FRESHNESS_DAYS, default 365).
// Usage: npm run datenstand [-- datei.html]   Markdown on stdout; a printable HTML table (default datenstand.html).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

type ReportModule = typeof import('./datenstand-report.ts');
const { module } = await runnerImport<ReportModule>(resolve('scripts/datenstand-report.ts'), { configFile: false, logLevel: 'error' });
const { markdown, html, count } = module.report(process.cwd(), new Date(), process.env);
const target = resolve(process.argv[2] ?? 'datenstand.html');
writeFileSync(target, html);
process.stdout.write(markdown);
process.stderr.write(`\n${count} Anlaufstellen. Druckbare Tabelle: ${target}\n`);
