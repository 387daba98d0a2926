/** Queries over the media collection shared by the overview, the filter pages, the feed and the piece pages. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { translatePlural, useTranslations } from '../i18n';
import { rssFeed, type FeedItem } from '../lib/feed';
import { FALLBACK_FORMAT, MEDIA_PRESETS, presetWidth, SHARE_IMAGE } from '../lib/image-presets';
import { creditLine, mimeType, pieceDownloads } from '../lib/media';
import { matchesFilter, mediaFacets, type FacetOption, type FilterablePiece, type FilterType, type MediaFilter } from '../lib/media-filters';
import { durationSeconds } from '../lib/format';
import { publicFileSize } from './files';
import { imageSize } from './images';
import { sortedMedia } from './site';

const t = useTranslations();

export type MediaEntry = CollectionEntry<'media'>;

export const filterable = (entry: MediaEntry): FilterablePiece => ({
  kind: entry.data.kind,
  campaign: entry.data.campaign,
  standort: entry.data.standort?.id,
  date: entry.data.date,
});

/** All pieces (newest first) and the filter options that occur among them. */
export async function mediaOverview(): Promise<{ pieces: MediaEntry[]; facets: Record<FilterType, FacetOption[]> }> {
  const pieces = await sortedMedia();
  const names = new Map((await getCollection('standorte')).map((entry) => [entry.id, entry.data.name]));
  const facets = mediaFacets(pieces.map(filterable), { kind: (kind) => t(`media.kind.${kind}`), standort: (id) => names.get(id) });
  return { pieces, facets };
}

/** "1 Beitrag", "4 Beiträge". */
export const countLabel = (count: number) => translatePlural('de', 'media.count', count);

export interface FilterPageProps {
  option: FacetOption;
  /** The pieces that match the filter. */
  pieces: MediaEntry[];
  facets: Record<FilterType, FacetOption[]>;
  /** Number of all pieces. */
  total: number;
  title: string;
  description: string;
}

/** getStaticPaths for one filter type: one page per value that occurs. `param` maps a filter to its URL segment. */
export async function filterPages(type: FilterType, param: (filter: MediaFilter) => string) {
  const { pieces, facets } = await mediaOverview();
  return facets[type].map((option) => {
    const title = t(`media.filtered.${type}`, { label: option.label });
    const props: FilterPageProps = {
      option,
      facets,
      total: pieces.length,
      pieces: pieces.filter((piece) => matchesFilter(filterable(piece), option.filter)),
      title,
      description: t('media.filtered.description', { title, count: countLabel(option.count) }),
    };
    return { params: { value: param(option.filter) }, props };
  });
}

/** Downloadable files of a piece with their size, for download lists. */
export function downloadsOf(piece: MediaEntry['data']) {
  const data = piece as MediaEntry['data'] & { audio?: string; video?: string };
  return pieceDownloads(data, { audio: t('media.file.audio'), video: t('media.file.video') }).map((download) => ({
    ...download,
    bytes: publicFileSize(download.file),
  }));
}

/** The share image (Open Graph, feed, JSON-LD thumbnail) of an image: JPEG, 1200 px wide at most. */
export async function shareImage(src: ImageMetadata) {
  return getImage({ src, width: Math.min(SHARE_IMAGE.width, imageSize(src).width), format: SHARE_IMAGE.format });
}

/** The largest rendition of an image, as used by the full-size view. */
export async function fullImage(src: ImageMetadata) {
  return getImage({ src, width: presetWidth(MEDIA_PRESETS.full, imageSize(src).width), format: FALLBACK_FORMAT });
}

/** The RSS 2.0 feed of all pieces; audio and video carry their file as enclosure. */
export async function mediaFeed(site: URL): Promise<string> {
  const pieces = await sortedMedia();
  const absolute = (path: string) => new URL(path, site).href;
  const items: FeedItem[] = pieces.map((piece) => {
    const { data } = piece;
    const file = data.kind === 'audio' ? data.audio : data.kind === 'video' ? data.video : undefined;
    return {
      title: data.title,
      link: absolute(`/medien/${piece.id}/`),
      description: data.summary,
      pubDate: data.date,
      categories: [t(`media.kind.${data.kind}`), ...(data.campaign ? [data.campaign] : [])],
      author: creditLine(data.credits),
      ...(file ? { enclosure: { url: absolute(file), length: publicFileSize(file), type: mimeType(file) } } : {}),
      ...('duration' in data ? { durationSeconds: durationSeconds(data.duration) } : {}),
    };
  });
  return rssFeed({
    title: t('media.feed.title'),
    link: absolute('/medien/'),
    selfUrl: absolute('/medien/feed.xml'),
    description: t('media.description'),
    language: 'de-DE',
    author: t('site.name'),
    items,
  });
}
