/** Pure helpers over media pieces. */
import { durationSeconds, isoDay, isoDuration } from './format';
import type { MediaKind } from './media-filters';

interface DescribedImageLike<TImage> {
  src: TImage;
  alt: string;
}

type MediaLike<TImage> =
  | { kind: 'video'; poster: DescribedImageLike<TImage> }
  | { kind: 'audio'; cover?: DescribedImageLike<TImage> | undefined }
  | { kind: 'photo' | 'series'; images: DescribedImageLike<TImage>[] };

/** The picture that stands for a piece in lists: poster, cover or first photo. */
export function mediaThumbnail<TImage>(piece: MediaLike<TImage>): DescribedImageLike<TImage> | undefined {
  switch (piece.kind) {
    case 'video':
      return piece.poster;
    case 'audio':
      return piece.cover;
    default:
      return piece.images[0];
  }
}

/** schema.org type for a piece. */
export function schemaOrgType(kind: MediaKind): string {
  return { audio: 'AudioObject', video: 'VideoObject', photo: 'ImageObject', series: 'ImageGallery' }[kind];
}

/** The licence's own page (German), for the licences that have one. */
export const LICENCE_URLS: Readonly<Record<string, string>> = {
  'CC BY 4.0': 'https://creativecommons.org/licenses/by/4.0/deed.de',
  'CC BY-SA 4.0': 'https://creativecommons.org/licenses/by-sa/4.0/deed.de',
  'CC BY-NC 4.0': 'https://creativecommons.org/licenses/by-nc/4.0/deed.de',
  'CC0 1.0': 'https://creativecommons.org/publicdomain/zero/1.0/deed.de',
};

export const licenceUrl = (licence: string): string | undefined => LICENCE_URLS[licence];

const MIME_TYPES: Readonly<Record<string, string>> = {
  mp4: 'video/mp4',
  webm: 'video/webm',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  opus: 'audio/ogg',
  vtt: 'text/vtt',
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  zip: 'application/zip',
  txt: 'text/plain',
};

/** File extension in capitals, as shown next to downloads: "/media/a/b.mp3" → "MP3". */
export const fileFormat = (path: string): string => (path.split('.').pop() ?? '').toUpperCase();

/** MIME type by file extension (for <source type>, enclosures and JSON-LD). */
export function mimeType(path: string): string {
  return MIME_TYPES[fileFormat(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface CreditLike {
  role: string;
  name: string;
}

/** "Gestaltung: Website-Team ThINKA; Text: ThINKA-Koordinierungsstelle" */
export const creditLine = (credits: readonly CreditLike[]): string => credits.map((credit) => `${credit.role}: ${credit.name}`).join('; ');

export interface DownloadLike {
  file: string;
  label: string;
}

/** Everything of a piece one can download: the audio or video file first, then the listed downloads. */
export function pieceDownloads(
  piece: { kind: MediaKind; audio?: string; video?: string; downloads: readonly DownloadLike[] },
  labels: { audio: string; video: string },
): DownloadLike[] {
  const main =
    piece.kind === 'audio' && piece.audio
      ? [{ file: piece.audio, label: labels.audio }]
      : piece.kind === 'video' && piece.video
        ? [{ file: piece.video, label: labels.video }]
        : [];
  return [...main, ...piece.downloads.filter((download) => !main.some((item) => item.file === download.file))];
}

export interface StructuredImage {
  /** Absolute URL of the image's full-size page. */
  url: string;
  /** Absolute URL of the largest rendition. */
  contentUrl: string;
  width: number;
  height: number;
  alt: string;
  caption?: string | undefined;
}

export interface StructuredMediaInput {
  kind: MediaKind;
  name: string;
  description: string;
  /** Absolute URL of the piece's page. */
  url: string;
  date: Date;
  licence: string;
  credits: readonly CreditLike[];
  thumbnailUrl?: string | undefined;
  /** Absolute URL of the audio or video file. */
  contentUrl?: string | undefined;
  /** Size of that file in bytes. */
  contentSize?: number | undefined;
  duration?: string | undefined;
  transcript?: string | undefined;
  captions?: readonly { url: string; lang: string; label: string }[] | undefined;
  chapters?: readonly { start: string; title: string }[] | undefined;
  images?: readonly StructuredImage[] | undefined;
}

function imageObject(image: StructuredImage, extra: Record<string, unknown> = {}) {
  return {
    '@type': 'ImageObject',
    url: image.url,
    contentUrl: image.contentUrl,
    width: image.width,
    height: image.height,
    caption: image.caption ?? image.alt,
    description: image.alt,
    ...extra,
  };
}

/** schema.org JSON-LD for a piece (VideoObject, AudioObject, ImageObject or ImageGallery). */
export function mediaStructuredData(input: StructuredMediaInput): Record<string, unknown> {
  const licence = licenceUrl(input.licence) ?? input.licence;
  const rights = { license: licence, creditText: creditLine(input.credits) };
  const common = {
    '@type': schemaOrgType(input.kind),
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: 'de',
    datePublished: isoDay(input.date),
    isAccessibleForFree: true,
    ...rights,
    ...(input.thumbnailUrl ? { thumbnailUrl: input.thumbnailUrl } : {}),
  };
  if (input.kind === 'audio' || input.kind === 'video') {
    const total = input.duration ? durationSeconds(input.duration) : undefined;
    const chapters = input.chapters ?? [];
    const captions = input.captions ?? [];
    return {
      ...common,
      uploadDate: isoDay(input.date),
      ...(input.contentUrl ? { contentUrl: input.contentUrl, encodingFormat: mimeType(input.contentUrl) } : {}),
      ...(input.contentSize ? { contentSize: `${input.contentSize} B` } : {}),
      ...(input.duration ? { duration: isoDuration(input.duration) } : {}),
      ...(input.transcript ? { transcript: input.transcript } : {}),
      ...(captions.length > 0
        ? { caption: captions.map((track) => ({ '@type': 'MediaObject', contentUrl: track.url, encodingFormat: 'text/vtt', inLanguage: track.lang, name: track.label })) }
        : {}),
      ...(chapters.length > 0
        ? {
            hasPart: chapters.map((chapter, index) => {
              const next = chapters[index + 1];
              const end = next ? durationSeconds(next.start) : total;
              return { '@type': 'Clip', name: chapter.title, startOffset: durationSeconds(chapter.start), ...(end !== undefined ? { endOffset: end } : {}) };
            }),
          }
        : {}),
      accessibilityFeature: [...(captions.length > 0 ? ['captions'] : []), ...(input.transcript ? ['transcript'] : [])],
    };
  }
  const images = input.images ?? [];
  if (input.kind === 'photo') {
    const [image] = images;
    if (!image) return common;
    return {
      ...common,
      uploadDate: isoDay(input.date),
      contentUrl: image.contentUrl,
      width: image.width,
      height: image.height,
      caption: image.caption ?? image.alt,
      accessibilityFeature: ['alternativeText'],
    };
  }
  return {
    ...common,
    associatedMedia: images.map((image) => imageObject(image, rights)),
    accessibilityFeature: ['alternativeText'],
  };
}

/** The full-size page of the image at `index` (0-based) of a piece: /medien/<id>/bild-<n>/. */
export const imagePagePath = (id: string, index: number): string => `/medien/${id}/bild-${index + 1}/`;
