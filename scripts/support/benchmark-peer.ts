// The peer of `npm run benchmark` (issue 17): a plain Starlight site, built from the same synthetic entries in the same
// run, so that the benchmark can report ratios, which hold on a shared machine where seconds do not. Starlight is what
// Astro's maintainers build documentation with: one page per entry, Pagefind search, no translations.
// Its own project under .cache/benchmark-peer/ (installed from npm once per version pair), never part of the site.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Pinned, so a rerun measures the same peer; Starlight's version must accept the site's Astro. */
export const PEER_VERSIONS = { astro: '7.3.5', '@astrojs/starlight': '0.42.4' } as const;

export interface SyntheticCounts {
  standorte: number;
  pages: number;
  team: number;
}

/** The peer's installed project (npm install on first use); returns its folder. */
export function preparePeer(root: string): string {
  const dir = join(root, '.cache/benchmark-peer', `starlight-${PEER_VERSIONS['@astrojs/starlight']}-astro-${PEER_VERSIONS.astro}`);
  const manifest = JSON.stringify({ name: 'thinka-benchmark-peer', private: true, type: 'module', dependencies: PEER_VERSIONS }, null, 2);
  const installed = existsSync(join(dir, 'node_modules/.bin/astro')) && readFileSync(join(dir, 'package.json'), 'utf8') === manifest;
  if (!installed) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), manifest);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  }
  return dir;
}

/** Write the peer's site for the same entries as the ThINKA benchmark (same titles, same body text). */
export function writePeerSite(dir: string, counts: SyntheticCounts, bodies: { standort: string; page: string; team: string }): void {
  rmSync(join(dir, 'src'), { recursive: true, force: true });
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Vergleich', defaultLocale: 'root', locales: { root: { label: 'Deutsch', lang: 'de' } } })] });\n`,
  );
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  writeFileSync(join(dir, 'src/content/docs/index.md'), '---\ntitle: Vergleich\n---\n\nSynthetische Einträge für die Build-Messung.\n');
  const write = (folder: string, count: number, title: (i: number) => string, body: string) => {
    mkdirSync(join(dir, 'src/content/docs', folder), { recursive: true });
    for (let i = 1; i <= count; i += 1) writeFileSync(join(dir, 'src/content/docs', folder, `synth-${i}.md`), `---\ntitle: "${title(i)}"\n---\n\n${body}`);
  };
  write('standorte', counts.standorte, (i) => `Synthetische Stelle ${i}`, bodies.standort);
  write('seiten', counts.pages, (i) => `Synthetische Seite ${i}`, bodies.page);
  write('team', counts.team, (i) => `Synthetische Funktion ${i}`, bodies.team);
}
