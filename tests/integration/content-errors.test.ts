// A broken content file must stop the build with a German message naming the file and the field.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT as root, throwawayProject, type ThrowawayProject } from '../../scripts/support/throwaway-project';

const scratch: ThrowawayProject[] = [];

/** Run `astro sync` in a throwaway project that shares our code but reads `contentDir`. */
function syncWith(contentDir: string) {
  const project = throwawayProject({
    prefix: 'thinka-content-',
    link: ['node_modules', 'src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'],
    extra: { [contentDir]: 'content' },
  });
  scratch.push(project);
  return project.astro(['sync']);
}

afterAll(() => {
  for (const project of scratch) project.remove();
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
  ])(
    'fails on the %s piece %s without its text alternative, naming file and field',
    (kind, entry, message) => {
      const { status, output } = syncWith(join(root, `tests/fixtures/broken-media-${kind}`));
      expect(status).not.toBe(0);
      expect(output).toContain(`media → ${entry} data does not match collection schema`);
      expect(output).toMatch(new RegExp(`content/media/${entry}/index\\.mdx`));
      expect(output).toContain(message);
    },
    60_000,
  );

  it('fails on a malformed opening time inside a nested list', () => {
    const { status, output } = syncWith(join(root, 'tests/fixtures/broken-standort'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/standorte\/falsche-zeiten\.mdx/);
    expect(output).toContain('offices.0.hours.0.opens: Bitte eine Uhrzeit im Format HH:MM angeben, z. B. 09:00.');
    expect(output).not.toContain('„bis“ muss nach „von“ liegen');
  }, 60_000);

  // Issue 13: content is data. Code, script links, crashes and silent replacements stop the build, in German.
  it('refuses code, script links and deep nesting in a body, naming file and line', () => {
    const { status, output } = syncWith(join(root, 'tests/fixtures/hostile-team'));
    expect(status).not.toBe(0);
    expect(output).toContain('Inhalte der Sammlung „team“ können so nicht gebaut werden:');
    expect(output).toMatch(/content\/team\/code-span\.mdx, Zeile 10, Spalte 10: Geschweifte Klammern \{ … \} sind in MDX Programmcode/);
    expect(output).toMatch(/content\/team\/skript-links\.mdx, Zeile 10, Spalte 1: Zeilen, die mit „import“ oder „export“ beginnen/);
    expect(output).toMatch(/skript-links\.mdx, Zeile 12, Spalte 1: Der Link „javascript:alert\(1\)“ ist nicht erlaubt/);
    expect(output).toMatch(/skript-links\.mdx, Zeile 12, Spalte 64: Das Bild „javascript:alert\(1\)“ ist nicht erlaubt/);
    expect(output).toMatch(/skript-links\.mdx, Zeile 14, Spalte 1: Der Link „javascript:alert\(2\)“ ist nicht erlaubt/);
    expect(output).toMatch(/skript-links\.mdx, Zeile 16, Spalte 1: Das Element <img> ist in Inhalten nicht erlaubt/);
    expect(output).toMatch(/content\/team\/tief\.mdx, Zeile 8, Spalte \d+: Der Text ist zu tief verschachtelt/);
  }, 60_000);

  it('refuses two files that give one address, naming both, and a page at an address the site uses', () => {
    const { status, output } = syncWith(join(root, 'tests/fixtures/duplicate-page'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/pages/impressum.mdx und content/pages/impressum/index.mdx ergeben dieselbe Adresse („impressum“)');
    // A page at an address of the site's own routes would be replaced by them without a word.
    expect(output).toContain('content/pages/standorte.mdx ergibt die Adresse /standorte/, die die Website selbst verwendet (/standorte/).');
  }, 60_000);

  it('reports a YAML syntax error in German with file and line', () => {
    const { status, output } = syncWith(join(root, 'tests/fixtures/broken-yaml'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/team\/kaputt\.mdx, Zeile 4: Die Angaben am Dateianfang \(YAML zwischen den Zeilen „---“\) sind fehlerhaft/);
  }, 60_000);

  it('refuses a date that does not exist instead of rolling it over', () => {
    const { status, output } = syncWith(join(root, 'tests/fixtures/broken-date'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/team/falsches-datum.mdx, Zeile 4: „2022-13-45“ ist kein Datum im Kalender.');
  }, 60_000);

  it('names the entry and field of a missing, corrupt, cut-off or outside image, and the line of one in the text', () => {
    const { status, output } = syncWith(join(root, 'tests/fixtures/broken-images'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/media/bild-fehlt/index.mdx → images.0.src: Das Bild „./plakat.png“ gibt es nicht.');
    expect(output).toContain('content/media/bild-fehlt/index.mdx, Zeile 28, Spalte 1: Das Bild „./nicht-da.png“ gibt es nicht.');
    expect(output).toContain('content/media/bild-kaputt/index.mdx → images.0.src: Das Bild „./plakat.png“ ist beschädigt oder unvollständig');
    expect(output).toContain('content/media/bild-abgeschnitten/index.mdx → images.0.src: Das Bild „./plakat.png“ ist beschädigt oder unvollständig');
    expect(output).toContain(
      'content/media/bild-ausserhalb/index.mdx → images.0.src: Das Bild „../../../public/media/leitlinien-plakat/thinka-leitlinien-plakat.png“ liegt außerhalb von content/.',
    );
  }, 60_000);
});
