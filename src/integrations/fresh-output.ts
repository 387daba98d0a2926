// The output folder is not emptied before a build but swept after it: each file the build writes replaces the old one
// in place, and whatever it did not write (a removed page, an old hashed asset, a .br of a file gone) is deleted at the
// end. Emptying first made the kernel free ~2,700 inodes and allocate as many again a moment later, which cost up to
// 1.5 s CPU of an 8 s build on ext4 (docs/benchmarks.md, „Echter Build“).
// A build that fails must not leave a folder that looks finished: it is deleted when the process exits with an error.
import { existsSync, lstatSync, mkdirSync, readdirSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SIBLINGS } from '../lib/precompress';
import { outputRemovedNotice } from './incomplete-build';

/** Written when the build starts and removed at once: its modification time (the file system's clock) divides this build's files from older ones. */
export const BUILD_MARKER = '.thinka-build-started';

/** Top-level entries never swept (Astro's own emptying spares .git as well). */
const KEPT = new Set(['.git']);

/**
 * Delete every file below `dir` last modified before `since` (a modification time in ms from the same file system) with
 * its .br/.gz siblings (made from it by this build's last step), then every folder left empty; `.git` at the top is kept.
 * Returns how many files were deleted.
 */
export function sweepStaleFiles(dir: string, since: number): number {
  let removed = 0;
  // Returns whether `folder` is empty afterwards.
  const sweep = (folder: string, top: boolean): boolean => {
    const entries = readdirSync(folder, { withFileTypes: true });
    const files = entries.filter((entry) => !entry.isDirectory()).map((entry) => entry.name);
    const stale = new Set(files.filter((name) => lstatSync(join(folder, name)).mtimeMs < since));
    // A sibling goes with its original, though the last step has just written it.
    for (const name of [...stale]) for (const extension of SIBLINGS) stale.add(`${name}.${extension}`);
    let left = 0;
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (top && KEPT.has(entry.name)) left += 1;
      else if (entry.isDirectory()) {
        if (sweep(path, false)) rmdirSync(path);
        else left += 1;
      } else if (stale.has(entry.name)) {
        rmSync(path);
        removed += 1;
      } else left += 1;
    }
    return left === 0;
  };
  sweep(dir, true);
  return removed;
}

/** Must be the last integration: the sweep runs after every other build step has written its files. */
export function freshOutput(): AstroIntegration {
  let outDir = '';
  let since = 0;
  let finished = true;
  // An empty folder at the start (a fresh checkout, the benchmark) holds only this build's files: nothing to sweep.
  let hadFiles = false;
  const removeIfFailed = (code: number) => {
    // A step run through orRemoveOutput (incomplete-build.ts) may have deleted the folder already and said so.
    if (finished || code === 0 || !existsSync(outDir)) return;
    rmSync(outDir, { recursive: true, force: true });
    process.stderr.write(`Der Build ist fehlgeschlagen. ${outputRemovedNotice(outDir)}\n`);
  };
  return {
    name: 'thinka-fresh-output',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        mkdirSync(outDir, { recursive: true });
        hadFiles = readdirSync(outDir).length > 0;
        const marker = join(outDir, BUILD_MARKER);
        writeFileSync(marker, '');
        since = statSync(marker).mtimeMs;
        rmSync(marker);
        finished = false;
        process.once('exit', removeIfFailed);
      },
      'astro:build:done': ({ logger }) => {
        const removed = hadFiles ? sweepStaleFiles(outDir, since) : 0;
        finished = true;
        process.off('exit', removeIfFailed);
        if (removed > 0) logger.info(`${removed} ${removed === 1 ? 'Datei' : 'Dateien'} früherer Builds entfernt`);
      },
    },
  };
}
