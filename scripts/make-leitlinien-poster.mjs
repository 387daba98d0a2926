// Renders the Leitlinien campaign images from content/leitlinien/de with sharp (no other tools needed):
// - the poster "Unsere vier Leitlinien" (1200 × 1697, portrait),
// - five social-media images (1200 × 630): an overview and one per Leitlinie.
// Run: npm run poster. Writes the optimisable copies beside the media entries (content/media/…)
// and the downloads under public/media/…; the entries' text lives in their index.mdx.
import { mkdirSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { FUNDING_LAND, FUNDING_LAND_SHORT, HEADING, escapeXml as escape, euEmblem, readLeitlinien, wrap } from './leitlinien-source.mjs';

const leitlinien = readLeitlinien();
const FONT = 'DejaVu Sans, Liberation Sans, sans-serif';

async function writePng(svg, targets) {
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  for (const target of targets) {
    mkdirSync(target.replace(/\/[^/]+$/, ''), { recursive: true });
    writeFileSync(target, png);
  }
  console.log(`${targets[0]}: ${png.length} Bytes`);
}

// The poster (unchanged design since the first version).
{
  const W = 1200;
  const H = 1697;
  const blocks = leitlinien
    .map((entry, index) => {
      const y = 360 + index * 290;
      const lines = wrap(entry.teaser, 52)
        .map((line, i) => `<tspan x="120" dy="${i === 0 ? 0 : 44}">${escape(line)}</tspan>`)
        .join('');
      return `<rect x="80" y="${y - 70}" width="12" height="250" fill="#ffd23f"/>
  <text x="120" y="${y}" font-size="56" font-weight="700" fill="#ffffff">${escape(entry.title)}</text>
  <text x="120" y="${y + 60}" font-size="34" fill="#ffffff">${lines}</text>`;
    })
    .join('\n');

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="${FONT}">
  <rect width="${W}" height="${H}" fill="#0b4f6c"/>
  <text x="80" y="150" font-size="44" fill="#ffd23f" font-weight="700">ThINKA</text>
  <text x="80" y="230" font-size="64" font-weight="700" fill="#ffffff">${HEADING}</text>
  ${blocks}
  <rect x="0" y="1500" width="${W}" height="197" fill="#ffffff"/>
  ${euEmblem(80, 1540)}
  <text x="230" y="1575" font-size="30" font-weight="700" fill="#1b1f24">Kofinanziert von der</text>
  <text x="230" y="1612" font-size="30" font-weight="700" fill="#1b1f24">Europäischen Union</text>
  <text x="640" y="1575" font-size="24" fill="#1b1f24">${FUNDING_LAND}</text>
  <text x="640" y="1608" font-size="24" fill="#1b1f24">${FUNDING_LAND_SHORT}</text>
</svg>`;
  await writePng(svg, ['content/media/leitlinien-plakat/plakat.png', 'public/media/leitlinien-plakat/thinka-leitlinien-plakat.png']);
}

// Social-media images, 1200 × 630 (the common link-preview size), each with the funding strip.
const SW = 1200;
const SH = 630;
const socialFrame = (body) => `<svg xmlns="http://www.w3.org/2000/svg" width="${SW}" height="${SH}" font-family="${FONT}">
  <rect width="${SW}" height="${SH}" fill="#0b4f6c"/>
  <text x="80" y="96" font-size="36" fill="#ffd23f" font-weight="700">ThINKA</text>
  ${body}
  <rect x="0" y="510" width="${SW}" height="120" fill="#ffffff"/>
  ${euEmblem(80, 530)}
  <text x="230" y="564" font-size="28" font-weight="700" fill="#1b1f24">Kofinanziert von der</text>
  <text x="230" y="598" font-size="28" font-weight="700" fill="#1b1f24">Europäischen Union</text>
  <text x="640" y="564" font-size="22" fill="#1b1f24">${FUNDING_LAND}</text>
  <text x="640" y="596" font-size="22" fill="#1b1f24">${FUNDING_LAND_SHORT}</text>
</svg>`;

const SOCIAL = 'leitlinien-social-media';
const socialTargets = (name) => [`content/media/${SOCIAL}/${name}.png`, `public/media/${SOCIAL}/thinka-leitlinien-${name}.png`];

{
  const cells = leitlinien
    .map((entry, index) => {
      const x = 80 + (index % 2) * 540;
      const y = 300 + Math.floor(index / 2) * 120;
      return `<rect x="${x}" y="${y - 52}" width="12" height="76" fill="#ffd23f"/>
  <text x="${x + 36}" y="${y}" font-size="52" font-weight="700" fill="#ffffff">${escape(entry.title)}</text>`;
    })
    .join('\n');
  await writePng(socialFrame(`<text x="80" y="176" font-size="60" font-weight="700" fill="#ffffff">${HEADING}</text>\n  ${cells}`), socialTargets('uebersicht'));
}

for (const [index, entry] of leitlinien.entries()) {
  const lines = wrap(entry.teaser, 50)
    .map((line, i) => `<tspan x="116" dy="${i === 0 ? 0 : 46}">${escape(line)}</tspan>`)
    .join('');
  const body = `<text x="${SW - 80}" y="96" font-size="28" fill="#ffffff" text-anchor="end">Leitlinie ${index + 1} von ${leitlinien.length}</text>
  <rect x="80" y="140" width="12" height="330" fill="#ffd23f"/>
  <text x="116" y="200" font-size="68" font-weight="700" fill="#ffffff">${escape(entry.title)}</text>
  <text x="116" y="280" font-size="36" fill="#ffffff">${lines}</text>`;
  await writePng(socialFrame(body), socialTargets(entry.slug));
}
