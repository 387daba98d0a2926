import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { orRemoveOutput } from '../../src/integrations/incomplete-build';

const scratch = mkdtempSync(join(tmpdir(), 'thinka-dist-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('orRemoveOutput', () => {
  it('deletes a half-built output folder when a step fails, and says so in German', async () => {
    const dist = join(scratch, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), '<!doctype html>');
    await expect(
      orRemoveOutput(dist, 'Der Suchindex (Pagefind)', () => {
        throw new Error('keine Seite mit data-pagefind-body gefunden');
      }),
    ).rejects.toThrow(/Der Suchindex \(Pagefind\) ist fehlgeschlagen: keine Seite mit data-pagefind-body gefunden\nDer Ordner .*dist wurde gelöscht/);
    expect(existsSync(dist)).toBe(false);
  });

  it('keeps the output folder when the step succeeds', async () => {
    const dist = join(scratch, 'dist-ok');
    mkdirSync(dist);
    expect(await orRemoveOutput(dist, 'Das Schreiben von _headers', () => 42)).toBe(42);
    expect(existsSync(dist)).toBe(true);
  });
});
