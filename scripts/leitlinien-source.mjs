// The real text the Leitlinien campaign material is made from: content/leitlinien/de/*.mdx
// (title, teaser, order) and the funding lines. Shared by make-leitlinien-poster.mjs and
// make-leitlinien-audio-video.mjs, so poster, social-media images, audio and video say the same.
import { readFileSync, readdirSync } from 'node:fs';

const frontMatter = (text) => Object.fromEntries([...text.matchAll(/^(\w+):\s*"?(.*?)"?\s*$/gm)].map(([, key, value]) => [key, value]));

/** The four Leitlinien in their order: { slug, title, teaser, order }. */
export function readLeitlinien() {
  return readdirSync('content/leitlinien/de')
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({ slug: file.replace(/\.mdx$/, ''), ...frontMatter(readFileSync(`content/leitlinien/de/${file}`, 'utf8').split('---')[1]) }))
    .sort((a, b) => Number(a.order) - Number(b.order));
}

export const HEADING = 'Unsere vier Leitlinien';
export const FUNDING_LAND = 'Gefördert durch den Freistaat Thüringen';
export const FUNDING_LAND_SHORT = 'aus Mitteln des ESF Plus';

export const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Greedy word wrap to at most `width` characters per line. */
export const wrap = (text, width) =>
  text.split(' ').reduce((lines, word) => {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
    return lines;
  }, /** @type {string[]} */ ([]));

const star = (cx, cy, r) =>
  Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r * 0.382;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    return `${(cx + radius * Math.cos(angle)).toFixed(1)},${(cy + radius * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');

/** The EU emblem (120 × 80) with its top-left corner at x, y. */
export const euEmblem = (x, y) => {
  const stars = Array.from(
    { length: 12 },
    (_, i) => `<polygon fill="#ffcc00" points="${star(x + 60 + 26.7 * Math.sin((Math.PI / 6) * i), y + 40 - 26.7 * Math.cos((Math.PI / 6) * i), 4.5)}"/>`,
  ).join('');
  return `<rect x="${x}" y="${y}" width="120" height="80" fill="#003399"/>${stars}`;
};
