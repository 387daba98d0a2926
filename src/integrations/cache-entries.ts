// The build's own caches (.cache/cms/<key>/, .cache/pagefind/<key>/): one folder per key, the most recently used kept.
// Plain Node with exact file names: scripts/build-cms.ts imports it without a bundler.
import { readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

/** Date a cache entry as just used, so that pruning keeps it. */
export function markUsed(entry: string): void {
  const now = new Date();
  utimesSync(entry, now, now);
}

/** Keep `current` and the `keep` − 1 most recently used other entries of `cacheRoot`; half-written `.tmp-` folders of running builds stay. */
export function pruneCache(cacheRoot: string, current: string, keep: number): void {
  const others = readdirSync(cacheRoot)
    .map((name) => join(cacheRoot, name))
    .filter((dir) => dir !== current && !dir.includes('.tmp-'))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  for (const old of others.slice(keep - 1)) rmSync(old, { recursive: true, force: true });
}
