/**
 * Every image rendition the site asks Astro for, in one place.
 *
 * Components take widths, sizes and formats from here, astro.config.mjs takes the encoder
 * settings, and the pixel budget (tests/unit/image-budget.test.ts) and the CPU report
 * (npm run check:images) count exactly the renditions planned here. Change a width or a format here and all three follow.
 */

export type RenditionFormat = 'avif' | 'webp' | 'jpg';

/** Modern formats offered in <picture>; browsers take the first they support. */
export const MODERN_FORMATS = ['avif', 'webp'] as const satisfies readonly RenditionFormat[];
/** For browsers without AVIF or WebP, and for share images (Open Graph). */
export const FALLBACK_FORMAT = 'jpg' as const satisfies RenditionFormat;

/**
 * sharp encoder settings. AVIF at effort 0 and WebP at effort 2 keep all renditions of a
 * 1200 × 1700 pixel image well below the CPU budget; higher efforts cost several times more
 * CPU for files only somewhat smaller.
 */
export const ENCODER_OPTIONS = {
  avif: { effort: 0 },
  webp: { effort: 2 },
} as const;

/**
 * Astro's image cache is keyed by the transform (source, width, format), not by encoder
 * settings. The cache folder therefore carries the settings in its name – "avif-effort0_webp-effort2" –
 * so that changing them starts a fresh cache instead of reusing files made the old way.
 */
export function encoderCacheKey(options: Readonly<Record<string, Readonly<Record<string, unknown>>>> = ENCODER_OPTIONS): string {
  return Object.entries(options)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([format, settings]) =>
      [
        format,
        ...Object.entries(settings)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, value]) => `${key}${String(value)}`),
      ].join('-'),
    )
    .join('_')
    .replace(/[^A-Za-z0-9_-]/g, '');
}

/** Where Astro keeps optimised images between builds (astro.config.mjs `cacheDir`). */
export const IMAGE_CACHE_DIR = `.cache/astro/${encoderCacheKey()}`;

/**
 * The build's cost per image, stated in pixels so that it can be checked without a clock:
 * encoding cost grows with the pixels written, decoding and resizing with the pixels read.
 * 8 million output pixels is the 1200 × 1697 poster's nine renditions (7.85 Mpx), measured
 * at about 0.3 s of CPU on this project's 2-core machine (npm run check:images).
 */
export const RENDITION_PIXEL_BUDGET = 8_000_000;
/** Largest original an editor may commit: a 12-megapixel phone photo (4000 × 3000). */
export const SOURCE_PIXEL_BUDGET = 12_000_000;

/** Pixels the build writes for all renditions of one image. */
export function renditionPixels(renditions: readonly Pick<Rendition, 'width' | 'height'>[]): number {
  return renditions.reduce((sum, rendition) => sum + rendition.width * rendition.height, 0);
}

export interface PicturePreset {
  /** Candidate widths for srcset; widths above the original are dropped (see renditionWidths). */
  widths: readonly number[];
  /** The sizes attribute: how wide the image is shown. */
  sizes: string;
  formats: readonly RenditionFormat[];
}

const picture = (widths: readonly number[], sizes: string): PicturePreset => ({ widths, sizes, formats: [...MODERN_FORMATS, FALLBACK_FORMAT] });

/** Renditions of media images (photos, posters, covers). Two widths: one for normal, one for sharp screens. */
export const MEDIA_PRESETS = {
  /** Thumbnails in lists (cards about 20rem wide). */
  card: picture([640], '(min-width: 40rem) 20rem, 100vw'),
  /** A single photo, a cover or a poster on the piece's page (at most 40rem wide). */
  inline: picture([640, 1200], '(min-width: 48rem) 40rem, 100vw'),
  /** Photos of a series in a grid (about 22rem wide). */
  grid: picture([640, 1200], '(min-width: 48rem) 22rem, 100vw'),
  /** The full-size view of one image (page width). */
  full: picture([640, 1200], '(min-width: 76rem) 72rem, 100vw'),
} as const satisfies Record<string, PicturePreset>;

/** Single renditions: the Open Graph share image and the video poster frame. */
export const SHARE_IMAGE = { width: 1200, format: FALLBACK_FORMAT } as const;
export const VIDEO_POSTER = { width: 1200, format: 'webp' } as const;

/** Team portraits (<Image>, WebP only). */
export const PORTRAIT_PRESETS = {
  profile: { widths: [240, 480], sizes: '240px', formats: ['webp'] },
  list: { widths: [160, 320], sizes: '160px', formats: ['webp'] },
} as const satisfies Record<string, PicturePreset>;

/**
 * The widths Astro renders for a srcset: candidates above the original width are dropped
 * and replaced by the original width, so nothing is enlarged (mirrors Astro's getSrcSet).
 */
export function renditionWidths(widths: readonly number[], originalWidth: number): number[] {
  const sorted = [...new Set(widths)].sort((a, b) => a - b);
  if (sorted.length === 0 || sorted.at(-1)! <= originalWidth) return sorted;
  return [...new Set([...sorted.filter((width) => width <= originalWidth), originalWidth])];
}

/** The `width` to pass with a preset: its largest width, but never more than the original. */
export function presetWidth(preset: Pick<PicturePreset, 'widths'>, originalWidth: number): number {
  return Math.min(Math.max(...preset.widths), originalWidth);
}

export interface Rendition {
  width: number;
  height: number;
  format: RenditionFormat;
}

/** Which presets apply to an image, by the content collection it belongs to. */
export function presetsFor(collection: string): { pictures: readonly PicturePreset[]; singles: readonly { width: number; format: RenditionFormat }[] } {
  if (collection === 'team') return { pictures: Object.values(PORTRAIT_PRESETS), singles: [] };
  return { pictures: Object.values(MEDIA_PRESETS), singles: [SHARE_IMAGE, VIDEO_POSTER] };
}

/** Every distinct rendition Astro will produce for one image of the given size. */
export function plannedRenditions(original: { width: number; height: number }, collection: string): Rendition[] {
  const { pictures, singles } = presetsFor(collection);
  const aspect = original.width / original.height;
  const seen = new Map<string, Rendition>();
  const add = (width: number, format: RenditionFormat) => {
    const rendition = { width, height: Math.round(width / aspect), format };
    seen.set(`${format}@${width}`, rendition);
  };
  for (const preset of pictures) {
    for (const format of preset.formats) {
      for (const width of renditionWidths(preset.widths, original.width)) add(width, format);
      add(presetWidth(preset, original.width), format);
    }
  }
  for (const single of singles) add(Math.min(single.width, original.width), single.format);
  return [...seen.values()].sort((a, b) => a.format.localeCompare(b.format) || a.width - b.width);
}
