// Renders the campaign poster "Die vier ThINKA-Leitlinien" from content/leitlinien with sharp.
// Run: npm run poster. Writes the optimisable copy beside the media entry and the download under public/.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';

const frontMatter = (text) => Object.fromEntries(
  [...text.matchAll(/^(\w+):\s*"?(.*?)"?\s*$/gm)].map(([, key, value]) => [key, value]),
);
const leitlinien = readdirSync('content/leitlinien')
  .map((file) => frontMatter(readFileSync(`content/leitlinien/${file}`, 'utf8').split('---')[1]))
  .sort((a, b) => Number(a.order) - Number(b.order));

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const wrap = (text, width) => text.split(' ').reduce((lines, word) => {
  const last = lines.at(-1);
  if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
  else lines.push(word);
  return lines;
}, /** @type {string[]} */ ([]));

const W = 1200;
const H = 1697;
const blocks = leitlinien.map((entry, index) => {
  const y = 360 + index * 290;
  const lines = wrap(entry.teaser, 52).map((line, i) => `<tspan x="120" dy="${i === 0 ? 0 : 44}">${escape(line)}</tspan>`).join('');
  return `<rect x="80" y="${y - 70}" width="12" height="250" fill="#ffd23f"/>
  <text x="120" y="${y}" font-size="56" font-weight="700" fill="#ffffff">${escape(entry.title)}</text>
  <text x="120" y="${y + 60}" font-size="34" fill="#ffffff">${lines}</text>`;
}).join('\n');

const star = (cx, cy, r) => Array.from({ length: 10 }, (_, i) => {
  const radius = i % 2 === 0 ? r : r * 0.382;
  const angle = (Math.PI / 5) * i - Math.PI / 2;
  return `${(cx + radius * Math.cos(angle)).toFixed(1)},${(cy + radius * Math.sin(angle)).toFixed(1)}`;
}).join(' ');
const stars = Array.from({ length: 12 }, (_, i) => `<polygon fill="#ffcc00" points="${star(140 + 26.7 * Math.sin((Math.PI / 6) * i), 1580 - 26.7 * Math.cos((Math.PI / 6) * i), 4.5)}"/>`).join('');

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="DejaVu Sans, Liberation Sans, sans-serif">
  <rect width="${W}" height="${H}" fill="#0b4f6c"/>
  <text x="80" y="150" font-size="44" fill="#ffd23f" font-weight="700">ThINKA</text>
  <text x="80" y="230" font-size="64" font-weight="700" fill="#ffffff">Unsere vier Leitlinien</text>
  ${blocks}
  <rect x="0" y="1500" width="${W}" height="197" fill="#ffffff"/>
  <rect x="80" y="1540" width="120" height="80" fill="#003399"/>${stars}
  <text x="230" y="1575" font-size="30" font-weight="700" fill="#1b1f24">Kofinanziert von der</text>
  <text x="230" y="1612" font-size="30" font-weight="700" fill="#1b1f24">Europäischen Union</text>
  <text x="640" y="1575" font-size="24" fill="#1b1f24">Gefördert durch den Freistaat Thüringen</text>
  <text x="640" y="1608" font-size="24" fill="#1b1f24">aus Mitteln des ESF Plus</text>
</svg>`;

mkdirSync('content/media/leitlinien-plakat', { recursive: true });
mkdirSync('public/media/leitlinien-plakat', { recursive: true });
const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
writeFileSync('content/media/leitlinien-plakat/plakat.png', png);
writeFileSync('public/media/leitlinien-plakat/thinka-leitlinien-plakat.png', png);
console.log(`Plakat geschrieben: ${png.length} Bytes`);
