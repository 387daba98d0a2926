import { describe, expect, it } from 'vitest';
import { filterPath, matchesFilter, MEDIA_KIND_SLUGS, mediaFacets, pieceYear, sameFilter, slugify, type FilterablePiece } from '../../src/lib/media-filters';

const pieces: FilterablePiece[] = [
  { kind: 'audio', campaign: 'Leitlinien', date: new Date('2026-11-25') },
  { kind: 'video', campaign: 'Leitlinien', standort: 'artern', date: new Date('2026-11-25') },
  { kind: 'series', campaign: 'Woche der Beratung', standort: 'artern', date: new Date('2025-12-31T23:30:00Z') },
  { kind: 'series', campaign: 'leitlinien ', standort: 'erfurt', date: new Date('2025-03-01') },
];
const labels = {
  kind: (kind: string) => ({ audio: 'Audio', video: 'Video', photo: 'Foto', series: 'Fotoserie' })[kind]!,
  standort: (id: string) => ({ artern: 'ThINKA Artern', erfurt: 'ThINKA Erfurt' })[id],
};

describe('media filters', () => {
  it('gives each kind of the schema a German URL segment', () => {
    expect(Object.values(MEDIA_KIND_SLUGS)).toEqual(['audio', 'video', 'foto', 'serie']);
  });

  it('turns campaign names into URL segments', () => {
    expect(slugify('Leitlinien')).toBe('leitlinien');
    expect(slugify('Woche der Beratung 2026: Plakate & Co.')).toBe('woche-der-beratung-2026-plakate-co');
    expect(slugify('Übergänge gestalten – Straße')).toBe('uebergaenge-gestalten-strasse');
    expect(slugify('Café Région')).toBe('cafe-region');
  });

  it('counts the year in Berlin time', () => {
    expect(pieceYear(new Date('2025-12-31T23:30:00Z'))).toBe('2026');
  });

  it('offers only values that occur, with counts, in a stable order', () => {
    const facets = mediaFacets(pieces, labels);
    expect(facets.kind.map((option) => `${option.label} ${option.count} ${option.path}`)).toEqual([
      'Audio 1 /medien/art/audio/',
      'Video 1 /medien/art/video/',
      'Fotoserie 2 /medien/art/serie/',
    ]);
    // "leitlinien " and "Leitlinien" are one campaign; the first spelling names it.
    expect(facets.campaign.map((option) => `${option.label} ${option.count} ${option.path}`)).toEqual([
      'Leitlinien 3 /medien/kampagne/leitlinien/',
      'Woche der Beratung 1 /medien/kampagne/woche-der-beratung/',
    ]);
    expect(facets.standort.map((option) => `${option.label} ${option.count} ${option.path}`)).toEqual([
      'ThINKA Artern 2 /medien/standort/artern/',
      'ThINKA Erfurt 1 /medien/standort/erfurt/',
    ]);
    expect(facets.year.map((option) => `${option.label} ${option.count}`)).toEqual(['2026 3', '2025 1']);
  });

  it('gives no options when nothing is published', () => {
    expect(mediaFacets([], labels)).toEqual({ kind: [], campaign: [], standort: [], year: [] });
  });

  it('filters pieces by each kind of filter', () => {
    expect(pieces.filter((piece) => matchesFilter(piece, { type: 'kind', value: 'series' }))).toHaveLength(2);
    expect(pieces.filter((piece) => matchesFilter(piece, { type: 'campaign', value: 'leitlinien' }))).toHaveLength(3);
    expect(pieces.filter((piece) => matchesFilter(piece, { type: 'standort', value: 'artern' }))).toHaveLength(2);
    expect(pieces.filter((piece) => matchesFilter(piece, { type: 'year', value: '2025' }))).toHaveLength(1);
    expect(filterPath({ type: 'year', value: '2026' })).toBe('/medien/jahr/2026/');
    expect(sameFilter({ type: 'year', value: '2026' }, { type: 'year', value: '2026' })).toBe(true);
    expect(sameFilter(undefined, { type: 'year', value: '2026' })).toBe(false);
  });
});
