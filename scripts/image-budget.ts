/**
 * CPU cost of the image pipeline, image by image.
 *
 * For every image committed under content/, this runs the very transforms the build runs
 * (Astro's own sharp service, the renditions planned in src/lib/image-presets.ts, the same
 * encoder settings) and measures the CPU time each one takes with process.cpuUsage(), which
 * counts libvips' worker threads too. A report for `npm run check:images`, not a test:
 * CPU time depends on the machine and its load (the test counts pixels instead).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import sharp from 'sharp';
import sharpService from 'astro/assets/services/sharp';
import { ENCODER_OPTIONS, plannedRenditions, type Rendition } from '../src/lib/image-presets.ts';

const IMAGE_FILE = /\.(png|jpe?g|webp|avif|gif|tiff?)$/i;

export interface MeasuredRendition extends Rendition {
  cpuSeconds: number;
  bytes: number;
}

export interface ImageCost {
  /** Path relative to the project, e.g. content/media/leitlinien-plakat/plakat.png */
  file: string;
  width: number;
  height: number;
  renditions: MeasuredRendition[];
  /** CPU time of all renditions together, on this machine at this moment. */
  totalCpuSeconds: number;
}

/** Every image file below `dir`, as project-relative paths. */
export function committedImages(root: string, dir = join(root, 'content')): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return committedImages(root, full);
      return IMAGE_FILE.test(entry.name) ? [relative(root, full).split(sep).join('/')] : [];
    })
    .sort();
}

const quietLogger = { info() {}, warn() {}, error() {}, debug() {} };
const imageConfig = { service: { entrypoint: 'astro/assets/services/sharp', config: ENCODER_OPTIONS } };

type Transform = Parameters<typeof sharpService.transform>;

async function transform(input: Uint8Array, src: string, rendition: Rendition) {
  const options = { src, width: rendition.width, height: rendition.height, format: rendition.format } as unknown as Transform[1];
  return sharpService.transform(input, options, imageConfig as unknown as Transform[2], quietLogger);
}

/** Measure one image: each planned rendition once, in order, after a warm-up of the encoders. */
export async function measureImage(root: string, file: string): Promise<ImageCost> {
  const input = readFileSync(join(root, file));
  const { width = 0, height = 0 } = await sharp(input).metadata();
  const collection = file.split('/')[1] ?? '';
  const renditions: MeasuredRendition[] = [];
  for (const rendition of plannedRenditions({ width, height }, collection)) {
    const before = process.cpuUsage();
    const { data } = await transform(input, file, rendition);
    const used = process.cpuUsage(before);
    renditions.push({ ...rendition, cpuSeconds: (used.user + used.system) / 1e6, bytes: data.byteLength });
  }
  const totalCpuSeconds = renditions.reduce((sum, rendition) => sum + rendition.cpuSeconds, 0);
  return { file, width, height, renditions, totalCpuSeconds };
}

/** Load the encoders once, so their start-up is not billed to the first image. */
async function warmUp() {
  const tiny = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#0b4f6c' } })
    .png()
    .toBuffer();
  for (const format of ['avif', 'webp', 'jpg'] as const) await transform(tiny, 'warm-up.png', { width: 32, height: 32, format });
}

export async function measureImageBudget(root: string): Promise<ImageCost[]> {
  await warmUp();
  const costs: ImageCost[] = [];
  for (const file of committedImages(root)) costs.push(await measureImage(root, file));
  return costs;
}

/** Human-readable report, one block per image. */
export function formatReport(costs: readonly ImageCost[]): string {
  const seconds = (value: number) => `${value.toFixed(3)} s`;
  return costs
    .map((cost) => {
      const lines = cost.renditions.map(
        (r) =>
          `    ${r.format.padEnd(4)} ${String(r.width).padStart(5)} × ${String(r.height).padEnd(5)} ${seconds(r.cpuSeconds).padStart(8)}  ${(r.bytes / 1000).toFixed(1).padStart(7)} kB`,
      );
      return [`${cost.file} (${cost.width} × ${cost.height}): ${seconds(cost.totalCpuSeconds)} CPU für ${cost.renditions.length} Fassungen`, ...lines].join('\n');
    })
    .join('\n');
}
