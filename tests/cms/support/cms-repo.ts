/** A throwaway copy of the content for CMS tests, served by decap-server, and a build of it. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { CMS_CACHE_DIR } from '../../../src/integrations/cms-bundle';

export const ROOT = process.cwd();
export const DECAP_TEST_PORT = Number(process.env.DECAP_TEST_PORT ?? 8089);

const git = (cwd: string, ...args: string[]) => {
  const result = spawnSync('git', ['-c', 'user.email=cms-test@localhost', '-c', 'user.name=CMS-Test', ...args], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
};

export interface CmsRepo {
  dir: string;
  /** Paths under the copy that differ from the starting point (git status). */
  changedFiles: () => string[];
  stop: () => void;
}

async function waitForServer(port: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`decap-server did not start on port ${port}`);
}

export async function startCmsRepo(port = DECAP_TEST_PORT): Promise<CmsRepo> {
  const dir = mkdtempSync(join(tmpdir(), 'thinka-cms-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(ROOT, 'public'), join(dir, 'public'), { recursive: true });
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'Ausgangsstand');
  const server: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/decap-server'), [], {
    env: { ...process.env, MODE: 'fs', BIND_HOST: '127.0.0.1', PORT: String(port), GIT_REPO_DIRECTORY: dir, LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  });
  await waitForServer(port);
  return {
    dir,
    changedFiles: () =>
      git(dir, 'status', '--porcelain', '--untracked-files=all')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.slice(3)),
    stop: () => {
      server.kill('SIGTERM');
      if (!process.env.KEEP_CMS_REPO) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Build the site from the copy's content with the project's own code; returns the output folder. */
export function buildFrom(contentRoot: string): { dist: string; output: string; status: number | null } {
  const project = mkdtempSync(join(tmpdir(), 'thinka-cms-build-'));
  // Code is copied, not linked: Vite keys compiled modules by their real path.
  // scripts/ and the lockfile: the CMS bundle's build step and its cache key (src/integrations/cms-bundle.ts).
  for (const name of ['src', 'admin', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json']) {
    cpSync(join(ROOT, name), join(project, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  // The same code gives the same key: the checkout's cached CMS bundle is used, not rebuilt.
  mkdirSync(join(project, dirname(CMS_CACHE_DIR)), { recursive: true });
  symlinkSync(join(ROOT, CMS_CACHE_DIR), join(project, CMS_CACHE_DIR));
  cpSync(join(contentRoot, 'content'), join(project, 'content'), { recursive: true });
  cpSync(join(contentRoot, 'public'), join(project, 'public'), { recursive: true });
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
  });
  return { dist: join(project, 'dist'), output: `${result.stdout}\n${result.stderr}`, status: result.status };
}

/** Back to the starting point of the copy: every change and every new file of a journey undone. */
export function resetCmsRepo(repo: CmsRepo): void {
  git(repo.dir, 'checkout', '-q', '--', '.');
  git(repo.dir, 'clean', '-qfd');
}

/** Playwright's error for a request cut off because its test, page or context ended. */
export function isEndOfTest(error: unknown): boolean {
  return error instanceof Error && /Test ended|Target page, context or browser has been closed|Request context disposed/.test(error.message);
}

/**
 * Sends a browser context's CMS requests (/decap-api/…) to the decap-server on `port`, so that each spec
 * file can run its own server beside the others (the test server's proxy knows only one port).
 */
export async function routeCmsTo(context: BrowserContext, port: number): Promise<void> {
  await context.route('**/decap-api/**', async (route) => {
    const url = new URL(route.request().url());
    try {
      // Retries a reset: decap-server closes idle keep-alive sockets after 5 s, and a request sent on one just then is reset unread.
      const response = await route.fetch({ url: `http://127.0.0.1:${port}${url.pathname.replace(/^\/decap-api/, '/api')}${url.search}`, maxRetries: 2 });
      await route.fulfill({ response });
    } catch (error) {
      // The CMS keeps reading after a journey's last check; a read still in flight when the test ends is not the next test's failure.
      if (isEndOfTest(error)) return;
      throw error;
    }
  });
}
