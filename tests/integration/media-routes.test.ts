// The filter pages exist exactly for the values that occur – including an Anlaufstelle, which
// the real content does not have yet. Builds a throwaway site from a fixture (real Anlaufstellen
// plus one clearly marked test piece) and looks at the output. The same build carries a team
// entry whose body MDX and Markdown read differently (tests/fixtures/divergent-body).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT as root, throwawayProject } from '../../scripts/support/throwaway-project';

// The build resolves real paths, so the code is copied; packages and public files are shared.
const project = throwawayProject({
  prefix: 'thinka-media-routes-',
  link: ['node_modules', 'public'],
  copy: ['src', 'admin', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'content/standorte'],
  extra: { [join(root, 'tests/fixtures/media-standort/media')]: 'content/media', [join(root, 'tests/fixtures/divergent-body/team')]: 'content/team' },
});
let build: { status: number | null; output: string };
const page = (path: string) => readFileSync(join(project.dir, 'dist', path, 'index.html'), 'utf8');
const exists = (path: string) => existsSync(join(project.dir, 'dist', path));

beforeAll(() => {
  build = project.astro(['build']);
}, 120_000);

afterAll(() => project.remove());

describe('media filter pages from a fixture', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).not.toMatch(/\berror\b/i);
  });

  it('makes a page for the Anlaufstelle, the campaign, the year and the kind that occur', () => {
    const standort = page('medien/standort/artern');
    expect(standort).toContain('Medien zur Anlaufstelle ThINKA Artern');
    expect(standort).toContain('Testdaten: Beitrag zu einer Anlaufstelle');
    expect(standort).toContain('href="/standorte/artern/"');
    expect(page('medien/kampagne/testkampagne-uebergaenge')).toContain('Kampagne „Testkampagne Übergänge“');
    expect(page('medien/jahr/2025')).toContain('Medien aus dem Jahr 2025');
    expect(page('medien/art/audio')).toContain('Medien: Audio');
  });

  it('makes no page for values nobody uses', () => {
    expect(exists('medien/art/video/index.html')).toBe(false);
    expect(exists('medien/art/foto/index.html')).toBe(false);
    expect(exists('medien/jahr/2026/index.html')).toBe(false);
    expect(exists('medien/standort/erfurt/index.html')).toBe(false);
  });

  it('offers the Anlaufstelle as a filter on the overview and names it on the piece', () => {
    const overview = page('medien');
    expect(overview).toContain('href="/medien/standort/artern/"');
    expect(overview).toMatch(/Anlaufstelle<\/h3>/);
    expect(page('medien/testdaten-anlaufstelle')).toMatch(/Anlaufstelle: <a href="\/standorte\/artern\/">ThINKA Artern<\/a>/);
  });
});

// The guard reads bodies with MDX's rules, the site renders them as Markdown: where the two disagree (a fence indented
// four spaces is code to MDX, text to Markdown), what follows must still reach the page as text, not as HTML or links.
describe('a body that MDX and Markdown read differently', () => {
  const main = () => /<main[\s\S]*<\/main>/.exec(page('team/umweg'))![0];

  it('shows raw HTML as text', () => {
    expect(main()).toContain('&lt;script&gt;window.__xss = 1&lt;/script&gt;');
    expect(main()).not.toMatch(/<script/i);
  });

  it('keeps script links, link definitions and images from elsewhere off the page, and safe links as links', () => {
    expect(main()).not.toContain('javascript:');
    expect(main()).not.toContain('example.com');
    expect(main()).toContain('klick Spur verweis');
    expect(main()).toContain('<a href="https://thinka.de">Link</a>');
    expect(main()).toContain('<a href="/standorte/">interner Link</a>');
  });
});
