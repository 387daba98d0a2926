// Build benchmark with a clearly synthetic content set (not part of npm test).
// Usage: npm run benchmark [-- 1000 3000 5000]
//
// For each size N it writes N synthetic entries (40 % Anlaufstellen with two catchment places each, which
// the finder turns into municipality pages, 30 % pages, 30 % team profiles) beside a copy of the real
// content into a temp folder, builds the site from there (THINKA_CONTENT_DIR) including the Pagefind
// search index, and records wall time and peak memory: /usr/bin/time -v (largest single process) and a
// /proc sampler (sum over the whole process tree: astro plus the pagefind binary).
// Results go to stdout and, as a Markdown table, to docs/benchmarks.md (section "Ergebnisse").
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { ELEVENTY, ELEVENTY_VERSIONS, PEER_VERSIONS, STARLIGHT, TRASH, type Peer } from './support/benchmark-peer.ts';
import { scriptEnvironment } from './support/build-environment.ts';
import { DeferredRemovals } from './support/settled-disk.ts';
import { throwawayProject } from './support/throwaway-project.ts';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = process.cwd();
// The district names as the schema lists them (src/lib/districts.ts; read as text, as the other modules are).
const THURINGIAN_DISTRICTS = [...(/THURINGIAN_DISTRICTS = \[([\s\S]*?)\]/.exec(readFileSync(join(ROOT, 'src/lib/districts.ts'), 'utf8'))?.[1] ?? '').matchAll(/'([^']+)'/g)].map(
  ([, name]) => name!,
);
const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const sizes = SIZES.length > 0 ? SIZES : [1000, 3000, 5000];
// The earlier absolute goal, kept as a guide value: 3 GB as decimal gigabytes (3·10⁹ bytes, 2.79 GiB), the stricter reading.
const GOAL = { seconds: 90, bytes: 3e9 };
/** Issue 17: the search page stays this small at 5,000 entries (gzip). */
const SEARCH_PAGE_GOAL_BYTES = 30 * 1024;
/** Issue 17: total CPU at most this many times Starlight's for the same entries. */
const PEER_GOAL_CPU_RATIO = 1.2;
/** Issue 17: CPU per HTML page at most this many times Eleventy's. */
const ELEVENTY_GOAL_PER_PAGE_RATIO = 1.5;

const SYNTHETIC_NOTE = '# SYNTHETISCH – erzeugt von scripts/benchmark.ts, nur für Build-Messungen.';
const LOREM = 'Dieser Eintrag ist synthetisch und dient nur der Messung der Build-Zeit. Er beschreibt keine echte Anlaufstelle, keine echte Person und keinen echten Ort. ';

/** The body texts, shared with the peer site (scripts/support/benchmark-peer.ts), so both build the same words. */
const BODIES = {
  standort: `${LOREM.repeat(3)}\n\n## Angebot\n\n${LOREM.repeat(4)}\n`,
  page: (i: number) => `${LOREM.repeat(4)}\n\n## Abschnitt ${i}\n\n${LOREM.repeat(6)}\n`,
  team: `${LOREM.repeat(5)}\n`,
};

function standort(i: number): string {
  const district = THURINGIAN_DISTRICTS[i % THURINGIAN_DISTRICTS.length];
  return `---
${SYNTHETIC_NOTE}
name: "Synthetische Stelle ${i}"
place: "Synthort ${i}"
district: "${district}"
summary: "Synthetischer Eintrag ${i} für die Build-Messung."
catchment:
  - name: "Synthort ${i}"
    kind: "stadt"
    postcodes: ["${String(10000 + (i % 89999)).padStart(5, '0')}"]
  - name: "Synthdorf ${i}"
    kind: "ortsteil"
    partOf: "Synthort ${i}"
${i % 2 === 0 ? `checkedAt: 2020-01-01\n` : ''}---

${BODIES.standort}`;
}

function page(i: number): string {
  return `---
${SYNTHETIC_NOTE}
title: "Synthetische Seite ${i}"
description: "Synthetische Inhaltsseite ${i}, nur für die Messung der Build-Zeit erzeugt."
order: ${1000 + i}
---

${BODIES.page(i)}`;
}

function team(i: number): string {
  return `---
${SYNTHETIC_NOTE}
role: "Synthetische Funktion ${i}"
area: "Synthetischer Bereich ${i % 50}"
languages: []
order: ${100 + i}
summary: "Synthetisches Profil ${i} für die Build-Messung."
---

${BODIES.team}`;
}

/** 40 % Anlaufstellen, 30 % pages, the rest team profiles. */
function syntheticCounts(n: number): { standorte: number; pages: number; team: number } {
  const standorte = Math.round(n * 0.4);
  const pages = Math.round(n * 0.3);
  return { standorte, pages, team: n - standorte - pages };
}

/** A content root: the real content plus N synthetic entries. Returns the folder. */
export function writeSyntheticContent(n: number, dir: string): { standorte: number; pages: number; team: number } {
  for (const collection of ['standorte', 'pages', 'team']) cpSync(join(ROOT, 'content', collection), join(dir, collection), { recursive: true });
  const counts = syntheticCounts(n);
  mkdirSync(join(dir, 'pages', 'synthetisch'), { recursive: true });
  for (let i = 1; i <= counts.standorte; i += 1) writeFileSync(join(dir, 'standorte', `synth-${i}.mdx`), standort(i));
  for (let i = 1; i <= counts.pages; i += 1) writeFileSync(join(dir, 'pages', 'synthetisch', `seite-${i}.mdx`), page(i));
  for (let i = 1; i <= counts.team; i += 1) writeFileSync(join(dir, 'team', `synth-${i}.mdx`), team(i));
  return counts;
}

/** RSS (bytes) of a process and all its descendants, read from /proc: the sum and each process by name. */
function treeRss(rootPid: number): { total: number; parts: string } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const names = new Map<number, string>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const pages = Number(fields[21]);
      const pid = Number(name);
      rss.set(pid, pages * 4096);
      names.set(pid, stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // process ended while reading
    }
  }
  let total = 0;
  const parts: string[] = [];
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    const bytes = rss.get(pid) ?? 0;
    total += bytes;
    if (bytes > 50 * 1024 ** 2) parts.push(`${names.get(pid)} ${(bytes / 1024 ** 3).toFixed(2)} GiB`);
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, parts: parts.join(' + ') };
}

interface Result {
  n: number;
  counts: { standorte: number; pages: number; team: number };
  seconds: number;
  htmlPages: number;
  searchPages: string;
  maxRssSingle: number;
  peakTree: number;
  /** The processes at the tree's peak, e.g. "node 2.10 GiB + pagefind_extended 1.20 GiB". */
  peakParts: string;
  /** User + system CPU seconds of the build and all its children (time -v). */
  cpuSeconds: number;
  /** CPU seconds other processes used while the build ran (all busy CPU time minus the build's own). */
  otherCpuSeconds: number;
  /** Wall seconds of the .br/.gz step after the pages (from its log line), or undefined when THINKA_PRECOMPRESS=0 left it out. */
  precompressSeconds: number | undefined;
  /** Bytes of /suche/ after gzip -9: the search page must not grow with the content (issue 17: ≤ 30 KB at 5,000 entries). */
  searchPageGzip: number;
  /** Bytes of the largest /suche/a-z/<letter>/ page after gzip -9. */
  largestLetterPage: number;
  status: number | null;
}

/** Busy CPU seconds of the whole machine so far (/proc/stat: all time except idle and iowait; USER_HZ is 100 on Linux). */
function machineBusySeconds(): number {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) / 100;
}

/** Nothing is deleted between the builds of a run, only at its end (scripts/support/settled-disk.ts). */
const removals = new DeferredRemovals(join(ROOT, '.cache/benchmark-peer/last-removal'));

/** BENCHMARK_KEEP_DIST=<folder> keeps each built site there (e.g. for npm run benchmark:search); moved, not copied. */
function keepDist(out: string, name: string): void {
  const keep = process.env.BENCHMARK_KEEP_DIST;
  if (!keep || !existsSync(out)) return;
  mkdirSync(keep, { recursive: true });
  const kept = join(keep, name);
  if (existsSync(kept)) {
    const aside = `${kept}.alt-${Date.now()}`;
    renameSync(kept, aside);
    removals.later(aside);
  }
  renameSync(out, kept);
}

interface BuildRun {
  seconds: number;
  log: string;
  maxRssSingle: number;
  peakTree: number;
  peakParts: string;
  cpuSeconds: number;
  otherCpuSeconds: number;
  status: number | null;
}

/** Run one build command in `cwd` under /usr/bin/time -v, sampling the process tree's memory every 200 ms. */
async function runBuild(cwd: string, astro: string[], env: Record<string, string>): Promise<BuildRun> {
  const timeFile = join(cwd, 'time.txt');
  const useTime = existsSync('/usr/bin/time');
  const command = useTime ? '/usr/bin/time' : astro[0]!;
  const args = useTime ? ['-v', '-o', timeFile, ...astro] : astro.slice(1);
  const started = performance.now();
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  let peakTree = 0;
  let peakParts = '';
  const busyBefore = machineBusySeconds();
  const sampler = setInterval(() => {
    const tree = treeRss(child.pid!);
    if (tree.total > peakTree) {
      peakTree = tree.total;
      peakParts = tree.parts;
    }
  }, 200);
  const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const machineBusy = machineBusySeconds() - busyBefore;
  const timeReport = useTime && existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
  const maxRssSingle = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(timeReport)?.[1] ?? 0) * 1024;
  const cpuSeconds = ['User', 'System'].reduce((sum, kind) => sum + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(timeReport)?.[1] ?? 0), 0);
  // Without time -v the build's own CPU time is unknown, and so is everyone else's.
  const otherCpuSeconds = useTime ? Math.max(0, machineBusy - cpuSeconds) : Number.NaN;
  return { seconds, log, maxRssSingle, peakTree, peakParts, cpuSeconds, otherCpuSeconds, status };
}

async function measure(n: number): Promise<Result> {
  // Build from a copy of the project: Astro keeps a content store in .astro/ that must not mix runs.
  const copy = throwawayProject({ prefix: `thinka-bench-${n}-`, copy: ['src', 'admin', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'] });
  const project = copy.dir;
  const out = join(project, 'dist');
  // Reuse already optimised images, as a CI run with a kept .cache/ would (docs/redaktion.md, „Bilder“).
  // A build from another content root uses .cache/astro/<encoder settings>-alternative-content (astro.config.mjs).
  const caches = join(ROOT, '.cache/astro');
  // Only the image assets: the content store there names the checkout's content/ files, and Astro keeps an unchanged entry's old path.
  for (const name of existsSync(caches) ? readdirSync(caches).filter((dir) => !dir.endsWith('-alternative-content') && existsSync(join(caches, dir, 'assets'))) : []) {
    cpSync(join(caches, name, 'assets'), join(project, '.cache/astro', `${name}-alternative-content`, 'assets'), { recursive: true });
  }
  // The synthetic content root lies inside the project (Astro resolves content modules below its root).
  const content = join(project, 'benchmark-content');
  const counts = writeSyntheticContent(n, content);
  // BENCHMARK_CPU_PROF=<folder> writes a V8 CPU profile of the build there (node --cpu-prof).
  const profile = process.env.BENCHMARK_CPU_PROF;
  const astro = profile ? [process.execPath, '--cpu-prof', '--cpu-prof-dir', profile, join(ROOT, 'node_modules/astro/bin/astro.mjs')] : [join(ROOT, 'node_modules/.bin/astro')];
  // The environment `npm run build` sets (allocator settings), so this is the build the site gets.
  const buildScript = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build;
  const build = await runBuild(project, [...astro, 'build', '--outDir', out], { ...scriptEnvironment(buildScript), THINKA_CONTENT_DIR: content });
  const { seconds, log, maxRssSingle, peakTree, peakParts, cpuSeconds, otherCpuSeconds, status } = build;
  // BENCHMARK_KEEP_LOG=1 keeps each build's output as /tmp/thinka-benchmark-<N>.log (phase timings).
  if (process.env.BENCHMARK_KEEP_LOG) writeFileSync(join(tmpdir(), `thinka-benchmark-${n}.log`), log);
  const htmlPages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? 0);
  const searchPages = /Suchindex in [^:]+: (.+)/.exec(log)?.[1]?.trim() ?? '–';
  const precompressed = /vorkomprimiert in ([\d.]+) s/.exec(log)?.[1];
  const precompressSeconds = precompressed === undefined ? undefined : Number(precompressed);
  if (status !== 0) console.error(log.slice(-4000));
  const searchPage = join(out, 'suche/index.html');
  const searchPageGzip = existsSync(searchPage) ? gzipSync(readFileSync(searchPage), { level: 9 }).length : Number.NaN;
  // The letter pages it links to grow with the content instead; the largest one, for the record.
  const letters = join(out, 'suche/a-z');
  const largestLetterPage = existsSync(letters)
    ? Math.max(...readdirSync(letters).map((letter) => gzipSync(readFileSync(join(letters, letter, 'index.html')), { level: 9 }).length))
    : Number.NaN;
  keepDist(out, `thinka-${n}`);
  removals.later(copy.dir);
  return {
    n,
    counts,
    seconds,
    htmlPages,
    searchPages,
    maxRssSingle,
    peakTree,
    peakParts,
    cpuSeconds,
    otherCpuSeconds,
    precompressSeconds,
    searchPageGzip,
    largestLetterPage,
    status,
  };
}

interface PeerResult {
  n: number;
  htmlPages: number;
  seconds: number;
  cpuSeconds: number;
  peakTree: number;
  status: number | null;
}

/** The same entries as a peer site, built and measured the same way; BENCHMARK_PEER=0 leaves the peers out. */
async function measurePeer(peer: Peer, n: number, counts: { standorte: number; pages: number; team: number }): Promise<PeerResult> {
  const dir = peer.prepare(ROOT);
  removals.later(join(dir, TRASH));
  peer.write(dir, counts, { standort: BODIES.standort, page: BODIES.page(1), team: BODIES.team });
  const build = await runBuild(dir, peer.command(dir), {});
  if (build.status !== 0) console.error(build.log.slice(-4000));
  keepDist(join(dir, peer.output), `${peer.name.toLowerCase()}-${n}`);
  return { n, htmlPages: peer.pages(build.log), seconds: build.seconds, cpuSeconds: build.cpuSeconds, peakTree: build.peakTree, status: build.status };
}

const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;

function machine(): string {
  const cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unbekannt';
  return `CPU: ${cpu}, ${cpus().length} Kerne; RAM: ${gib(totalmem())}; Node ${process.version}; ${new Date().toISOString().slice(0, 10)}`;
}

const withPeer = process.env.BENCHMARK_PEER !== '0';
// What an interrupted run left in the peers' trash goes now; then the first build waits until deleting is long enough ago.
if (withPeer) for (const peer of [STARLIGHT, ELEVENTY]) removals.later(join(peer.prepare(ROOT), TRASH));
removals.removeAll();
await removals.settle((message) => console.log(message));
const results: Result[] = [];
const peers: PeerResult[] = [];
const eleventyPeers: PeerResult[] = [];
for (const [index, n] of sizes.entries()) {
  console.log(`Messe ${n} synthetische Einträge …`);
  // Interleaved, the peer first at every other size, so that neither always meets the warmer machine.
  const peerFirst = withPeer && index % 2 === 1;
  const counts = syntheticCounts(n);
  if (peerFirst) peers.push(await measurePeer(STARLIGHT, n, counts));
  const result = await measure(n);
  results.push(result);
  console.log(
    `${n}: ${result.seconds.toFixed(1)} s (CPU ${result.cpuSeconds.toFixed(1)} s, andere Prozesse ${result.otherCpuSeconds.toFixed(1)} s CPU), ${result.htmlPages} Seiten, Suchindex ${result.searchPages}, größter Prozess ${gib(result.maxRssSingle)}, Prozessbaum ${gib(result.peakTree)} (${result.peakParts}), Exit ${result.status}`,
  );
  if (withPeer && !peerFirst) peers.push(await measurePeer(STARLIGHT, n, counts));
  // Eleventy takes seconds where the others take minutes: after both, so that it does not split a pair.
  if (withPeer) eleventyPeers.push(await measurePeer(ELEVENTY, n, counts));
  for (const [{ name }, peer] of [
    [STARLIGHT, peers.at(-1)],
    [ELEVENTY, eleventyPeers.at(-1)],
  ] as const)
    if (peer)
      console.log(
        `${n}, ${name}: ${peer.seconds.toFixed(1)} s (CPU ${peer.cpuSeconds.toFixed(1)} s), ${peer.htmlPages} Seiten, Prozessbaum ${gib(peer.peakTree)}, Exit ${peer.status}`,
      );
}
removals.removeAll();

const rows = results.map((r) => {
  const ok = r.status === 0 && r.seconds <= GOAL.seconds && Math.max(r.peakTree, r.maxRssSingle) <= GOAL.bytes;
  // Writing tens of thousands of files costs kernel time outside the build (about 15 % of a core here); only when
  // others took more than half a core does the wall time measure the machine rather than the build.
  const busy = r.otherCpuSeconds > 0.5 * r.seconds;
  const verdict = r.status !== 0 ? `Build-Fehler (${r.status})` : ok ? 'erreicht' : busy ? 'nicht beurteilbar (Maschine ausgelastet)' : 'verfehlt';
  return `| ${r.n} | ${r.counts.standorte} / ${r.counts.pages} / ${r.counts.team} | ${r.htmlPages} | ${r.searchPages} | ${r.seconds.toFixed(1)} s | ${r.precompressSeconds === undefined ? 'aus (THINKA_PRECOMPRESS=0)' : `${r.precompressSeconds.toFixed(1)} s`} | ${r.cpuSeconds.toFixed(1)} s | ${Number.isNaN(r.otherCpuSeconds) ? '–' : `${r.otherCpuSeconds.toFixed(1)} s`} | ${gib(r.maxRssSingle)} | ${gib(r.peakTree)} (${r.peakParts}) | ${verdict} | ${(r.searchPageGzip / 1024).toFixed(1)} KB ${r.searchPageGzip <= SEARCH_PAGE_GOAL_BYTES ? '(≤ 30 KB)' : '(über 30 KB)'}; größte Buchstabenseite ${(r.largestLetterPage / 1024).toFixed(1)} KB |`;
});
const ownTable = [
  `Gemessen: ${machine()}`,
  '',
  '| Einträge | davon Anlaufstellen / Seiten / Team | HTML-Seiten | Suchindex | Build-Zeit (Wand) | davon .br/.gz nach den Seiten (Wand) | CPU-Zeit (user+sys) | CPU-Zeit anderer Prozesse | Spitze größter Prozess (time -v) | Spitze Prozessbaum (/proc) | Richtwert (≤ 90 s, ≤ 3 GB) | /suche/ (gzip) |',
  '| ---: | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
  ...rows,
].join('\n');
// Issue 17: ratios against the peer, which a shared machine does not move as much as seconds.
/** A peer's table below the own one (caption, header, alignment, rows), or nothing when it was not measured. */
const comparison = (caption: string, header: string, alignment: string, rows: string[]) => (rows.length === 0 ? '' : ['', '', caption, '', header, alignment, ...rows].join('\n'));
const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '–');
const peerRows = peers.map((peer) => {
  const r = results.find((result) => result.n === peer.n)!;
  const perPage = ratio(r.cpuSeconds / r.htmlPages, peer.cpuSeconds / peer.htmlPages);
  const verdict = peer.status !== 0 || r.status !== 0 ? 'Build-Fehler' : r.cpuSeconds <= PEER_GOAL_CPU_RATIO * peer.cpuSeconds ? 'erreicht' : 'verfehlt';
  return `| ${peer.n} | ${(r.htmlPages / peer.n).toFixed(1)} / ${(peer.htmlPages / peer.n).toFixed(1)} | ${peer.seconds.toFixed(1)} s | ${peer.cpuSeconds.toFixed(1)} s | ${gib(peer.peakTree)} | ${ratio(r.cpuSeconds, peer.cpuSeconds)} | ${ratio(r.seconds, peer.seconds)} | ${ratio(r.peakTree, peer.peakTree)} | ${perPage} | ${verdict} |`;
});
const peerTable = comparison(
  `Vergleich: Starlight ${PEER_VERSIONS['@astrojs/starlight']} (Astro ${PEER_VERSIONS.astro}) mit denselben synthetischen Einträgen, in derselben Messung abwechselnd gebaut (\`scripts/support/benchmark-peer.ts\`).`,
  '| Einträge | HTML-Seiten pro Eintrag (ThINKA / Starlight) | Starlight Wand | Starlight CPU | Starlight Spitze Prozessbaum | CPU ThINKA/Starlight | Wand ThINKA/Starlight | Speicher ThINKA/Starlight | CPU pro HTML-Seite ThINKA/Starlight | Ziel (CPU ≤ 1,2×) |',
  '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  peerRows,
);
const eleventyRows = eleventyPeers.map((peer) => {
  const r = results.find((result) => result.n === peer.n)!;
  const perPage = r.cpuSeconds / r.htmlPages / (peer.cpuSeconds / peer.htmlPages);
  const verdict = peer.status !== 0 || r.status !== 0 || peer.htmlPages === 0 ? 'Build-Fehler' : perPage <= ELEVENTY_GOAL_PER_PAGE_RATIO ? 'erreicht' : 'verfehlt';
  return `| ${peer.n} | ${r.htmlPages} / ${peer.htmlPages} | ${peer.seconds.toFixed(1)} s | ${peer.cpuSeconds.toFixed(1)} s | ${gib(peer.peakTree)} | ${((1000 * r.cpuSeconds) / r.htmlPages).toFixed(2)} ms / ${((1000 * peer.cpuSeconds) / peer.htmlPages).toFixed(2)} ms | ${perPage.toFixed(2)} | ${verdict} |`;
});
const eleventyTable = comparison(
  `Vergleich: Eleventy ${ELEVENTY_VERSIONS['@11ty/eleventy']} mit Pagefind ${ELEVENTY_VERSIONS.pagefind} (Markdown mit einem Layout, danach der Suchindex), dieselben Einträge, in derselben Messung gebaut.`,
  '| Einträge | HTML-Seiten (ThINKA / Eleventy) | Eleventy Wand | Eleventy CPU | Eleventy Spitze Prozessbaum | CPU pro HTML-Seite (ThINKA / Eleventy) | Verhältnis pro Seite | Ziel (≤ 1,5×) |',
  '| ---: | --- | ---: | ---: | ---: | --- | ---: | --- |',
  eleventyRows,
);
const table = `${ownTable}${peerTable}${eleventyTable}`;
console.log(`\n${table}\n`);

const docs = join(ROOT, 'docs/benchmarks.md');
if (existsSync(docs) && process.env.BENCHMARK_WRITE !== '0') {
  const text = readFileSync(docs, 'utf8');
  const start = '<!-- benchmark:start -->';
  const end = '<!-- benchmark:end -->';
  if (text.includes(start) && text.includes(end)) {
    writeFileSync(docs, `${text.slice(0, text.indexOf(start) + start.length)}\n${table}\n${text.slice(text.indexOf(end))}`);
    console.log('docs/benchmarks.md aktualisiert.');
  }
}
