import { describe, expect, it } from 'vitest';
import { encoderCacheKey, IMAGE_CACHE_DIR, MEDIA_PRESETS, plannedRenditions, presetWidth, renditionWidths } from '../../src/lib/image-presets';

describe('image presets', () => {
  it('never enlarges: widths above the original give way to the original width', () => {
    expect(renditionWidths([640, 1200], 2000)).toEqual([640, 1200]);
    expect(renditionWidths([1200, 640], 1000)).toEqual([640, 1000]);
    expect(renditionWidths([640, 1200], 500)).toEqual([500]);
    expect(presetWidth(MEDIA_PRESETS.inline, 900)).toBe(900);
    expect(presetWidth(MEDIA_PRESETS.card, 3000)).toBe(640);
  });

  it('plans each distinct rendition of a media image once', () => {
    const planned = plannedRenditions({ width: 1200, height: 1697 }, 'media');
    expect(planned.map((r) => `${r.format}@${r.width}x${r.height}`)).toEqual(['avif@640x905', 'avif@1200x1697', 'jpg@640x905', 'jpg@1200x1697', 'webp@640x905', 'webp@1200x1697']);
  });

  it('plans WebP portraits for team images', () => {
    expect(plannedRenditions({ width: 800, height: 800 }, 'team').map((r) => `${r.format}@${r.width}`)).toEqual(['webp@160', 'webp@240', 'webp@320', 'webp@480']);
  });

  it('names the image cache after the encoder settings, so new settings never reuse old files', () => {
    expect(encoderCacheKey({ webp: { effort: 2 }, avif: { effort: 0 } })).toBe('avif-effort0_webp-effort2');
    expect(encoderCacheKey({ avif: { effort: 1, quality: 60 } })).toBe('avif-effort1-quality60');
    expect(IMAGE_CACHE_DIR).toBe('.cache/astro/avif-effort0_webp-effort2');
  });
});
