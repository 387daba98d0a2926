/**
 * Filters of the media overview: by kind, campaign, Anlaufstelle and year.
 *
 * Each filter value that occurs in the content gets its own static page (e.g. /medien/art/audio/),
 * so filtering works with plain links and without JavaScript. Values nobody uses get no page.
 */
import { isoDay } from './format';

/** The kinds of media pieces, in the order of the filters (the schema's enum; lib stays below schemas). */
export const MEDIA_KINDS = ['audio', 'video', 'photo', 'series'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/** German URL segments for the kinds. */
export const MEDIA_KIND_SLUGS: Record<MediaKind, string> = { audio: 'audio', video: 'video', photo: 'foto', series: 'serie' };

export interface FilterablePiece {
  kind: MediaKind;
  campaign?: string | undefined;
  /** Id of the Anlaufstelle (standorte collection). */
  standort?: string | undefined;
  date: Date;
}

export type MediaFilter = { type: 'kind'; value: MediaKind } | { type: 'campaign'; value: string } | { type: 'standort'; value: string } | { type: 'year'; value: string };

export type FilterType = MediaFilter['type'];
export const FILTER_TYPES: readonly FilterType[] = ['kind', 'campaign', 'standort', 'year'];

/** "Leitlinien-Kampagne 2026: Plakat & Co." → "leitlinien-kampagne-2026-plakat-co" (German letters spelled out). */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The year of publication in Berlin time, e.g. "2026". */
export const pieceYear = (date: Date): string => isoDay(date).slice(0, 4);

/** The filter value of a piece for one filter type, as it appears in URLs. */
export function filterValue(piece: FilterablePiece, type: FilterType): string | undefined {
  switch (type) {
    case 'kind':
      return piece.kind;
    case 'campaign':
      return piece.campaign ? slugify(piece.campaign) || undefined : undefined;
    case 'standort':
      return piece.standort;
    case 'year':
      return pieceYear(piece.date);
  }
}

export function matchesFilter(piece: FilterablePiece, filter: MediaFilter): boolean {
  return filterValue(piece, filter.type) === filter.value;
}

/** The static page of a filter. */
export function filterPath(filter: MediaFilter): string {
  switch (filter.type) {
    case 'kind':
      return `/medien/art/${MEDIA_KIND_SLUGS[filter.value]}/`;
    case 'campaign':
      return `/medien/kampagne/${filter.value}/`;
    case 'standort':
      return `/medien/standort/${filter.value}/`;
    case 'year':
      return `/medien/jahr/${filter.value}/`;
  }
}

export interface FacetOption {
  filter: MediaFilter;
  label: string;
  count: number;
  path: string;
}

export interface FacetLabels {
  kind: (kind: MediaKind) => string;
  /** Name of an Anlaufstelle; undefined when the id is unknown. */
  standort: (id: string) => string | undefined;
}

const collator = new Intl.Collator('de');

/**
 * The options of every filter, with counts, for the values that occur.
 * Kinds keep their fixed order, campaigns and Anlaufstellen are sorted by name, years newest first.
 * Campaign names that differ only in spelling of case or punctuation share one page (same slug).
 */
export function mediaFacets(pieces: readonly FilterablePiece[], labels: FacetLabels): Record<FilterType, FacetOption[]> {
  const count = (type: FilterType) => {
    const counts = new Map<string, { count: number; label: string }>();
    for (const piece of pieces) {
      const value = filterValue(piece, type);
      if (value === undefined) continue;
      const label = type === 'kind' ? labels.kind(piece.kind) : type === 'campaign' ? piece.campaign!.trim() : type === 'standort' ? (labels.standort(value) ?? value) : value;
      const known = counts.get(value);
      counts.set(value, { count: (known?.count ?? 0) + 1, label: known?.label ?? label });
    }
    return [...counts.entries()].map(([value, { count: total, label }]) => {
      const filter = { type, value } as MediaFilter;
      return { filter, label, count: total, path: filterPath(filter) };
    });
  };
  const kindIndex = (option: FacetOption) => MEDIA_KINDS.indexOf(option.filter.value as MediaKind);
  return {
    kind: count('kind').sort((a, b) => kindIndex(a) - kindIndex(b)),
    campaign: count('campaign').sort((a, b) => collator.compare(a.label, b.label)),
    standort: count('standort').sort((a, b) => collator.compare(a.label, b.label)),
    year: count('year').sort((a, b) => b.filter.value.localeCompare(a.filter.value)),
  };
}

/** Is `filter` the one shown on the current page? (For aria-current.) */
export function sameFilter(a: MediaFilter | undefined, b: MediaFilter): boolean {
  return a !== undefined && a.type === b.type && a.value === b.value;
}
