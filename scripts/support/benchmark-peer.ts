// The peers of `npm run benchmark` (issue 17), built from the same synthetic entries in the same run, so that the
// benchmark can report ratios, which hold on a shared machine where seconds do not:
// - Starlight, what Astro's maintainers build documentation with: one page per entry, Pagefind search, no translations;
// - Eleventy, the lean static generator: one page per entry from Markdown with one layout, then Pagefind over the
//   output, so that it too is a site with search (issue 17 compares the cost per HTML page with it).
// Each has its own project under .cache/benchmark-peer/ (installed from npm once per version), never part of the site.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Pinned, so a rerun measures the same peer; Starlight's version must accept the site's Astro. */
export const PEER_VERSIONS = { astro: '7.3.5', '@astrojs/starlight': '0.42.4' } as const;
/** Eleventy with the same Pagefind as the site. */
export const ELEVENTY_VERSIONS = { '@11ty/eleventy': '3.1.8', pagefind: '1.6.0' } as const;

export interface SyntheticCounts {
  standorte: number;
  pages: number;
  team: number;
}

/** A peer's installed project in `folder` (npm install on first use, or when the versions changed); returns its path. */
function installedProject(root: string, folder: string, dependencies: Record<string, string>, bin: string): string {
  const dir = join(root, '.cache/benchmark-peer', folder);
  const manifest = JSON.stringify({ name: 'thinka-benchmark-peer', private: true, type: 'module', dependencies }, null, 2);
  const installed = existsSync(join(dir, 'node_modules/.bin', bin)) && readFileSync(join(dir, 'package.json'), 'utf8') === manifest;
  if (!installed) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), manifest);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  }
  return dir;
}

/** The Starlight peer's installed project; returns its folder. */
export function preparePeer(root: string): string {
  return installedProject(root, `starlight-${PEER_VERSIONS['@astrojs/starlight']}-astro-${PEER_VERSIONS.astro}`, PEER_VERSIONS, 'astro');
}

/** The Eleventy peer's installed project; returns its folder. */
export function prepareEleventyPeer(root: string): string {
  return installedProject(root, `eleventy-${ELEVENTY_VERSIONS['@11ty/eleventy']}-pagefind-${ELEVENTY_VERSIONS.pagefind}`, ELEVENTY_VERSIONS, 'eleventy');
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

/** The same entries as an Eleventy site: Markdown with one layout (German, a main region Pagefind indexes). */
export function writeEleventySite(dir: string, counts: SyntheticCounts, bodies: { standort: string; page: string; team: string }): void {
  for (const folder of ['src', '_site']) rmSync(join(dir, folder), { recursive: true, force: true });
  writeFileSync(join(dir, 'eleventy.config.mjs'), `export default function () {\n  return { dir: { input: 'src', output: '_site' } };\n}\n`);
  mkdirSync(join(dir, 'src/_includes'), { recursive: true });
  writeFileSync(
    join(dir, 'src/_includes/base.njk'),
    '<!doctype html>\n<html lang="de">\n<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{{ title }}</title></head>\n<body><header><a href="/">Vergleich</a></header><main data-pagefind-body><h1>{{ title }}</h1>\n{{ content | safe }}</main></body>\n</html>\n',
  );
  writeFileSync(join(dir, 'src/index.md'), '---\nlayout: base.njk\ntitle: Vergleich\n---\n\nSynthetische Einträge für die Build-Messung.\n');
  const write = (folder: string, count: number, title: (i: number) => string, body: string) => {
    mkdirSync(join(dir, 'src', folder), { recursive: true });
    for (let i = 1; i <= count; i += 1) writeFileSync(join(dir, 'src', folder, `synth-${i}.md`), `---\nlayout: base.njk\ntitle: "${title(i)}"\n---\n\n${body}`);
  };
  write('standorte', counts.standorte, (i) => `Synthetische Stelle ${i}`, bodies.standort);
  write('seiten', counts.pages, (i) => `Synthetische Seite ${i}`, bodies.page);
  write('team', counts.team, (i) => `Synthetische Funktion ${i}`, bodies.team);
}

/** The Eleventy peer's build: Eleventy, then Pagefind over its output, in one shell so that one process tree is measured. */
export function eleventyBuildCommand(dir: string): string[] {
  return ['/bin/sh', '-c', `"${join(dir, 'node_modules/.bin/eleventy')}" && "${join(dir, 'node_modules/.bin/pagefind')}" --site _site`];
}
