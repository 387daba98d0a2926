// The peers of `npm run benchmark` (issue 17), built from the same synthetic entries in the same run, so that the
// benchmark can report ratios, which hold on a shared machine where seconds do not:
// - Starlight, what Astro's maintainers build documentation with: one page per entry, Pagefind search, no translations;
// - Eleventy, the lean static generator: one page per entry from Markdown with one layout, then Pagefind over the
//   output, so that it too is a site with search (issue 17 compares the cost per HTML page with it).
// Each has its own project under .cache/benchmark-peer/ (installed from npm once per version), never part of the site.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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

/** Where a peer's previous site is moved instead of deleted (scripts/support/settled-disk.ts says why). */
export const TRASH = '.trash';

/** Move the peer's `folders` aside, into its trash, to be deleted after the last build of the run. */
function moveAside(dir: string, folders: string[]): void {
  mkdirSync(join(dir, TRASH), { recursive: true });
  for (const folder of folders) if (existsSync(join(dir, folder))) renameSync(join(dir, folder), join(dir, TRASH, `${folder.replace(/^\./, '')}-${Date.now()}`));
}

/** The body texts of the three kinds of synthetic entries, shared with the ThINKA benchmark. */
export interface SyntheticBodies {
  standort: string;
  page: string;
  team: string;
}

/** A peer site that `npm run benchmark` builds from the same entries. */
export interface Peer {
  /** Its name in the log, and the prefix of its kept output folder (BENCHMARK_KEEP_DIST). */
  name: string;
  /** Installs the peer once (per version) and returns its project folder. */
  prepare: (root: string) => string;
  /** Writes the site for the entries, moving the previous one and its output aside (`TRASH`). */
  write: (dir: string, counts: SyntheticCounts, bodies: SyntheticBodies) => void;
  /** The build, as one command, so that one process tree is measured. */
  command: (dir: string) => string[];
  /** The number of HTML pages the build's log reports. */
  pages: (log: string) => number;
  /** The build's output folder within the project. */
  output: string;
}

/** Each synthetic entry as Markdown under `contentDir/<section>/synth-<i>.md`, `frontMatter` lines before its title. */
function writeEntries(contentDir: string, counts: SyntheticCounts, bodies: SyntheticBodies, frontMatter = ''): void {
  for (const [folder, count, title, body] of [
    ['standorte', counts.standorte, 'Synthetische Stelle', bodies.standort],
    ['seiten', counts.pages, 'Synthetische Seite', bodies.page],
    ['team', counts.team, 'Synthetische Funktion', bodies.team],
  ] as const) {
    mkdirSync(join(contentDir, folder), { recursive: true });
    for (let i = 1; i <= count; i += 1) writeFileSync(join(contentDir, folder, `synth-${i}.md`), `---\n${frontMatter}title: "${title} ${i}"\n---\n\n${body}`);
  }
}

/** Starlight: the same entries as documentation pages (German, one locale). */
export const STARLIGHT: Peer = {
  name: 'Starlight',
  prepare: (root) => installedProject(root, `starlight-${PEER_VERSIONS['@astrojs/starlight']}-astro-${PEER_VERSIONS.astro}`, PEER_VERSIONS, 'astro'),
  write: (dir, counts, bodies) => {
    moveAside(dir, ['src', 'dist', '.astro']);
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
    writeEntries(join(dir, 'src/content/docs'), counts, bodies);
  },
  command: (dir) => [join(dir, 'node_modules/.bin/astro'), 'build'],
  pages: (log) => Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? 0),
  output: 'dist',
};

/** Eleventy: the same entries as Markdown with one layout (German, a main region Pagefind indexes), then Pagefind. */
export const ELEVENTY: Peer = {
  name: 'Eleventy',
  prepare: (root) => installedProject(root, `eleventy-${ELEVENTY_VERSIONS['@11ty/eleventy']}-pagefind-${ELEVENTY_VERSIONS.pagefind}`, ELEVENTY_VERSIONS, 'eleventy'),
  write: (dir, counts, bodies) => {
    moveAside(dir, ['src', '_site']);
    writeFileSync(join(dir, 'eleventy.config.mjs'), `export default function () {\n  return { dir: { input: 'src', output: '_site' } };\n}\n`);
    mkdirSync(join(dir, 'src/_includes'), { recursive: true });
    writeFileSync(
      join(dir, 'src/_includes/base.njk'),
      '<!doctype html>\n<html lang="de">\n<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{{ title }}</title></head>\n<body><header><a href="/">Vergleich</a></header><main data-pagefind-body><h1>{{ title }}</h1>\n{{ content | safe }}</main></body>\n</html>\n',
    );
    writeFileSync(join(dir, 'src/index.md'), '---\nlayout: base.njk\ntitle: Vergleich\n---\n\nSynthetische Einträge für die Build-Messung.\n');
    writeEntries(join(dir, 'src'), counts, bodies, 'layout: base.njk\n');
  },
  // Eleventy, then Pagefind over its output, in one shell.
  command: (dir) => ['/bin/sh', '-c', `"${join(dir, 'node_modules/.bin/eleventy')}" && "${join(dir, 'node_modules/.bin/pagefind')}" --site _site`],
  pages: (log) => Number(/Wrote (\d+) files/.exec(log)?.[1] ?? 0),
  output: '_site',
};
