// What the browser benchmarks (benchmark-finder.ts, benchmark-search.ts) and the Playwright config share: Debian's
// Chromium, and a built site served like a static host (scripts/serve-dist.ts) once it answers.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's Chromium; Playwright's own browser download is not possible on these machines. */
export const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

/** Debian's Chromium without its browser shell (package chromium-headless-shell): what Playwright itself runs headless. */
export const SYSTEM_HEADLESS_SHELL = ['/usr/lib/chromium/chromium-headless-shell'].find((path) => existsSync(path));

/** Serve `folder` (default dist/) on `port`; resolves once it answers, with the server process to kill afterwards. */
export async function serveDist(port: number, folder = 'dist'): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['scripts/serve-dist.ts', String(port), folder], { stdio: 'ignore' });
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`${folder} antwortet nicht auf Port ${port}`);
}
