// Image budget in pixels, not seconds: what the build must read and write for each committed image.
// The CPU time this costs on a given machine is a benchmark (npm run check:images), never a test.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { plannedRenditions, RENDITION_PIXEL_BUDGET, renditionPixels, SOURCE_PIXEL_BUDGET } from '../../src/lib/image-presets';
import { committedImages } from '../../scripts/image-budget';

const root = resolve(__dirname, '../..');

describe('image pixel budget', () => {
  const images = committedImages(root);

  it('finds the committed images', () => {
    expect(images.length).toBeGreaterThan(0);
  });

  it.each(images)(`%s stays within ${SOURCE_PIXEL_BUDGET} source and ${RENDITION_PIXEL_BUDGET} rendition pixels`, async (file) => {
    const { width = 0, height = 0 } = await sharp(readFileSync(resolve(root, file))).metadata();
    expect(width * height, `${file}: ${width} × ${height}`).toBeGreaterThan(0);
    expect(width * height, `${file}: ${width} × ${height}`).toBeLessThanOrEqual(SOURCE_PIXEL_BUDGET);
    const renditions = plannedRenditions({ width, height }, file.split('/')[1] ?? '');
    expect(renditions.length, file).toBeGreaterThan(0);
    expect(renditionPixels(renditions), file).toBeLessThanOrEqual(RENDITION_PIXEL_BUDGET);
  });

  it('would refuse an image whose renditions exceed the budget', () => {
    // A tall 1200 × 2400 image: nine renditions of up to 1200 × 2400 pixels.
    expect(renditionPixels(plannedRenditions({ width: 1200, height: 2400 }, 'media'))).toBeGreaterThan(RENDITION_PIXEL_BUDGET);
    expect(renditionPixels(plannedRenditions({ width: 1200, height: 1697 }, 'media'))).toBeLessThanOrEqual(RENDITION_PIXEL_BUDGET);
  });
});
