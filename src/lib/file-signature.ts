/**
 * Does a file's content match its name? Checked from the first bytes (the "magic number"), so an
 * .exe renamed to .png, or a text saved as .mp4, is refused before it is committed.
 */

const ascii = (bytes: Uint8Array, offset: number, text: string) => [...text].every((char, index) => bytes[offset + index] === char.charCodeAt(0));
const startsWith = (bytes: Uint8Array, ...values: number[]) => values.every((value, index) => bytes[index] === value);
const isoMedia = (bytes: Uint8Array) => ascii(bytes, 4, 'ftyp');

/** What each extension's content must begin with. */
const SIGNATURES: Record<string, { kind: string; matches: (bytes: Uint8Array) => boolean }> = {
  jpg: { kind: 'JPEG-Bild', matches: (bytes) => startsWith(bytes, 0xff, 0xd8, 0xff) },
  jpeg: { kind: 'JPEG-Bild', matches: (bytes) => startsWith(bytes, 0xff, 0xd8, 0xff) },
  png: { kind: 'PNG-Bild', matches: (bytes) => startsWith(bytes, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) },
  webp: { kind: 'WebP-Bild', matches: (bytes) => ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP') },
  avif: { kind: 'AVIF-Bild', matches: (bytes) => isoMedia(bytes) && (ascii(bytes, 8, 'avif') || ascii(bytes, 8, 'avis')) },
  mp4: { kind: 'MP4-Video', matches: isoMedia },
  m4a: { kind: 'M4A-Audio', matches: isoMedia },
  webm: { kind: 'WebM-Video', matches: (bytes) => startsWith(bytes, 0x1a, 0x45, 0xdf, 0xa3) },
  mp3: { kind: 'MP3-Audio', matches: (bytes) => ascii(bytes, 0, 'ID3') || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0) },
  ogg: { kind: 'Ogg-Audio', matches: (bytes) => ascii(bytes, 0, 'OggS') },
  opus: { kind: 'Opus-Audio', matches: (bytes) => ascii(bytes, 0, 'OggS') },
  pdf: { kind: 'PDF-Dokument', matches: (bytes) => ascii(bytes, 0, '%PDF-') },
  zip: { kind: 'ZIP-Archiv', matches: (bytes) => startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06) },
  vtt: { kind: 'WebVTT-Untertiteldatei', matches: (bytes) => ascii(bytes, startsWith(bytes, 0xef, 0xbb, 0xbf) ? 3 : 0, 'WEBVTT') },
};

/** Bytes needed to decide every signature above. */
export const SIGNATURE_BYTES = 16;

/** A German message if the content is not what the file name says; undefined if it is (or the type is not checked). */
export function fileContentProblem(fileName: string, firstBytes: Uint8Array): string | undefined {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  const signature = SIGNATURES[extension];
  if (!signature || signature.matches(firstBytes)) return undefined;
  return `Die Datei „${fileName}“ ist kein ${signature.kind}, obwohl ihr Name auf .${extension} endet. Bitte die Originaldatei im richtigen Format hochladen.`;
}
