import { describe, expect, it } from 'vitest';
import de from '../../src/i18n/de.json';
import { fillPlaceholders } from '../../src/i18n/placeholders';
import { isRepeatingPage, SEARCH_PATH, SEARCH_TREE_PATH, SEARCH_TYPES, pageTree, searchLetterPath } from '../../src/lib/search';

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

describe('pages kept out of the search index', () => {
  it("are the lists that repeat other pages, including the search page's own lists; content pages are not", () => {
    for (const path of [
      searchLetterPath('a'),
      searchLetterPath('0'),
      SEARCH_TREE_PATH,
      '/standorte/kreise/gotha/',
      '/standorte/orte-a-z/k/',
      '/medien/art/audio/',
      '/medien/kampagne/x/bild-2/',
    ]) {
      expect(isRepeatingPage(path), path).toBe(true);
    }
    for (const path of [SEARCH_PATH, '/', '/standorte/jena/', '/standorte/', '/medien/', '/suchhilfe/', '/ueber-thinka/']) expect(isRepeatingPage(path), path).toBe(false);
  });
});
