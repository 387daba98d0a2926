// A broken content file must stop the build with a German message naming the file and the field.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const scratch: string[] = [];

/** Run `astro sync` in a throwaway project that shares our code but reads `contentDir`. */
function syncWith(contentDir: string) {
  const project = mkdtempSync(join(tmpdir(), 'thinka-content-'));
  scratch.push(project);
  for (const name of ['node_modules', 'src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    symlinkSync(join(root, name), join(project, name));
  }
  cpSync(contentDir, join(project, 'content'), { recursive: true });
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['sync'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('content validation at build time', () => {
  it('accepts the real content', () => {
    const { status, output } = syncWith(join(root, 'content'));
    expect(output).not.toContain('does not match collection schema');
    expect(status).toBe(0);
  }, 60_000);

  it('fails on a missing field and a wrong type, naming the file and the field in German', () => {
    const { status, output } = syncWith(join(root, 'tests/fixtures/broken-team'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/team\/fehlerhaft\.mdx/);
    expect(output).toContain('role: „Funktion“ erwartet einen Text, erhalten wurde 42.');
    expect(output).toContain('summary: Pflichtfeld „Kurzbeschreibung“ fehlt. Bitte ausfüllen.');
  }, 60_000);

  // The media designer's three accessibility duties, each stopping the build on its own.
  it.each([
    ['video', 'video-ohne-untertitel', 'captions: Videos mit gesprochenem Text brauchen Untertitel (WebVTT). Bitte eine Untertiteldatei hinzufügen.'],
    ['audio', 'audio-ohne-transkript', 'transcript: Audiobeiträge brauchen ein Transkript. Bitte den gesprochenen Text eintragen.'],
    ['photo', 'foto-ohne-alternativtext', 'images.0.alt: Pflichtfeld „Alternativtext“ fehlt. Bitte ausfüllen.'],
  ])('fails on the %s piece %s without its text alternative, naming file and field', (kind, entry, message) => {
    const { status, output } = syncWith(join(root, `tests/fixtures/broken-media-${kind}`));
    expect(status).not.toBe(0);
    expect(output).toContain(`media → ${entry} data does not match collection schema`);
    expect(output).toMatch(new RegExp(`content/media/${entry}/index\\.mdx`));
    expect(output).toContain(message);
  }, 60_000);

  it('fails on a malformed opening time inside a nested list', () => {
    const { status, output } = syncWith(join(root, 'tests/fixtures/broken-standort'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/standorte\/falsche-zeiten\.mdx/);
    expect(output).toContain('offices.0.hours.0.opens: Bitte eine Uhrzeit im Format HH:MM angeben, z. B. 09:00.');
    expect(output).not.toContain('„bis“ muss nach „von“ liegen');
  }, 60_000);
});
