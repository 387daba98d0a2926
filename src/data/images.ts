/** Facts about imported images, read at build time. */
import type { ImageMetadata } from 'astro';

/**
 * Width and height of an imported image, read from Astro's copy of its metadata (`clone`, as
 * Astro's own <Picture> does). Reading `src.width` directly would mark the original file as
 * used, and Astro would then publish it unchanged in dist/_astro/ – camera data (EXIF, GPS)
 * included. Through the clone, only the optimised renditions (metadata stripped) go online.
 */
export function imageSize(src: ImageMetadata): { width: number; height: number } {
  const { width, height } = (src as ImageMetadata & { clone?: ImageMetadata }).clone ?? src;
  return { width, height };
}
