/**
 * Deleting many files right before a build makes the build slower: ext4 does not hand out an inode freed in the last
 * 60 s (6 min while its inode table is not yet written back) and searches past every such inode when it creates a file.
 * A 1,500-entry build right after the previous one's 40,000 files were deleted took 84 s CPU instead of 51 s
 * (docs/benchmarks.md). So `npm run benchmark` deletes nothing between its builds: it moves old output aside, deletes
 * everything once at the end, and before its first build waits until the last deletion is 65 s old after `sync`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Seconds after which a freed inode is an ordinary free one again, once written back (RECENTCY_MIN in ext4, plus a margin). */
const SETTLE_SECONDS = 65;

export class DeferredRemovals {
  private readonly paths: string[] = [];
  /** A file that records when the last removal happened, for the next run. */
  private readonly marker: string;

  constructor(marker: string) {
    this.marker = marker;
  }

  /** Delete `path` when `removeAll` runs, not now. */
  later(path: string): void {
    this.paths.push(path);
  }

  /** Delete everything now (after the last build) and record the time, if there was anything. */
  removeAll(): void {
    const existing = this.paths.splice(0).filter((path) => existsSync(path));
    if (existing.length === 0) return;
    for (const path of existing) rmSync(path, { recursive: true, force: true });
    mkdirSync(dirname(this.marker), { recursive: true });
    writeFileSync(this.marker, String(Date.now()));
  }

  /** Before a measured build: write back, then wait until the last removal (of this or an earlier run) is old enough. */
  async settle(log: (message: string) => void): Promise<void> {
    execFileSync('sync');
    const last = existsSync(this.marker) ? Number(readFileSync(this.marker, 'utf8')) : 0;
    const wait = last + SETTLE_SECONDS * 1000 - Date.now();
    if (wait <= 0) return;
    log(`Warte ${Math.ceil(wait / 1000)} s: eben gelöschte Dateien machen das Anlegen neuer Dateien langsamer (scripts/support/settled-disk.ts).`);
    await sleep(wait);
  }
}
