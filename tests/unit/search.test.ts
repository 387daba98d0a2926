import { describe, expect, it } from 'vitest';
import de from '../../src/i18n/de.json';
import { fillPlaceholders } from '../../src/lib/format';
import { SEARCH_TYPES, groupByLetter, indexLetter, pageTree } from '../../src/lib/search';

describe('A–Z index of the search page', () => {
  it('files umlauts under their base letter and signs under #', () => {
    expect(indexLetter('Über ThINKA')).toBe('U');
    expect(indexLetter('Ärger')).toBe('A');
    expect(indexLetter('„Zitat“')).toBe('#');
    expect(indexLetter('2024 im Rückblick')).toBe('#');
  });

  it('groups pages by letter in German alphabetical order', () => {
    const groups = groupByLetter([
      { title: 'Über ThINKA', path: '/ueber-thinka/' },
      { title: 'Team', path: '/team/' },
      { title: 'Anlaufstellen in Thüringen', path: '/standorte/' },
      { title: 'Ärger vermeiden', path: '/aerger/' },
      { title: 'ThINKA Altenburg', path: '/standorte/altenburg/' },
      { title: '3 Fragen', path: '/drei/' },
    ]);
    expect(groups.map((group) => group.letter)).toEqual(['#', 'A', 'T', 'U']);
    expect(groups.map((group) => group.id)).toEqual(['az-0', 'az-a', 'az-t', 'az-u']);
    expect(groups[1]!.pages.map((page) => page.title)).toEqual(['Anlaufstellen in Thüringen', 'Ärger vermeiden']);
    expect(groups[2]!.pages.map((page) => page.title)).toEqual(['Team', 'ThINKA Altenburg']);
  });
});

describe('page tree of the search page', () => {
  it('nests pages under their nearest listed ancestor, ordered by order then title', () => {
    const tree = pageTree([
      { title: 'Konzept', path: '/ueber-thinka/konzept/', order: 20 },
      { title: 'Startseite', path: '/', order: 0 },
      { title: 'Impressum', path: '/impressum/', order: 900 },
      { title: 'Über ThINKA', path: '/ueber-thinka/', order: 2 },
      { title: 'Anlaufstellen', path: '/standorte/', order: 1 },
      { title: 'ThINKA Jena', path: '/standorte/jena/', order: 0 },
      { title: 'ThINKA Gera', path: '/standorte/gera/', order: 0 },
      { title: 'Waise', path: '/gibt/es/nicht/waise/', order: 0 },
    ]);
    expect(tree).toHaveLength(1);
    const home = tree[0]!;
    expect(home.page.path).toBe('/');
    expect(home.children.map((node) => node.page.path)).toEqual(['/gibt/es/nicht/waise/', '/standorte/', '/ueber-thinka/', '/impressum/']);
    expect(home.children[1]!.children.map((node) => node.page.title)).toEqual(['ThINKA Gera', 'ThINKA Jena']);
    expect(home.children[2]!.children.map((node) => node.page.title)).toEqual(['Konzept']);
  });
});

describe('search texts', () => {
  it('has a label for every content type', () => {
    for (const type of SEARCH_TYPES) expect(Object.keys(de), type).toContain(`search.type.${type}`);
  });

  it('fills placeholders the way the search page script needs', () => {
    expect(fillPlaceholders(de['search.status.countFiltered'], { count: 2, total: 33, query: 'Beratung' })).toBe('2 von 33 Treffern für „Beratung“');
    expect(fillPlaceholders('{label} ({count})', { label: 'Team' })).toBe('Team ({count})');
  });
});
