/**
 * A throwaway copy of this project in a temp folder, to sync or build it with other content without touching
 * the real one (its .astro/ content store and dist/ stay apart). Used by the integration tests and the benchmark.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CMS_CACHE_DIR } from '../../src/integrations/cms-bundle.ts';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface ThrowawayProjectPlan {
  /** Temp folder name prefix, e.g. "thinka-content-". */
  prefix: string;
  /** Project entries copied. A build needs the code copied, not linked: Vite keys modules by their real path. */
  copy?: string[];
  /** Project entries linked (cheap; enough for `astro sync` and for packages). */
  link?: string[];
  /** Extra folders copied in: source (absolute) → target (relative to the copy). */
  extra?: Record<string, string>;
}

export interface ThrowawayProject {
  dir: string;
  /** Run the project's Astro CLI in the copy, e.g. run(['build']). */
  astro(args: string[], env?: Record<string, string>): { status: number | null; output: string };
  remove(): void;
}

export function throwawayProject({ prefix, copy = [], link = ['node_modules'], extra = {} }: ThrowawayProjectPlan): ThrowawayProject {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of link) symlinkSync(join(PROJECT_ROOT, name), join(dir, name));
  for (const name of copy) cpSync(join(PROJECT_ROOT, name), join(dir, name), { recursive: true });
  if (copy.includes('admin')) {
    // A build of the copy needs the CMS bundle's build step and key inputs; the same code hits the checkout's cache.
    for (const name of ['scripts', 'package-lock.json']) if (!copy.includes(name)) cpSync(join(PROJECT_ROOT, name), join(dir, name), { recursive: true });
    mkdirSync(join(dir, dirname(CMS_CACHE_DIR)), { recursive: true });
    mkdirSync(join(PROJECT_ROOT, CMS_CACHE_DIR), { recursive: true });
    symlinkSync(join(PROJECT_ROOT, CMS_CACHE_DIR), join(dir, CMS_CACHE_DIR));
  }
  for (const [source, target] of Object.entries(extra)) cpSync(source, join(dir, target), { recursive: true });
  return {
    dir,
    astro(args, env = {}) {
      const result = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/astro'), args, {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
