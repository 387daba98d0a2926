// Makes the audio piece "Die vier Leitlinien – vorgelesen" and the captioned video
// "Die vier Leitlinien – als Video" from the real Leitlinien text (content/leitlinien/de/*.mdx).
//
// The voice is synthetic (espeak-ng); nobody is recorded. Every caption cue and chapter time
// is measured from the synthesised audio itself, the durations from the finished files.
//
// Needs Debian packages that the site build does NOT need:
//   apt-get install espeak-ng ffmpeg        (ffmpeg brings ffprobe)
// and the social-media images from `npm run poster` (the video shows them).
// Run: npm run media:leitlinien
//
// Writes (and overwrites):
//   public/media/leitlinien-vorgelesen/thinka-leitlinien-vorgelesen.mp3   (mono MP3, 32 kbit/s)
//   public/media/leitlinien-video/thinka-leitlinien-video.mp4            (H.264 + AAC, 1200 × 630, 5 fps)
//   public/media/leitlinien-video/thinka-leitlinien-video.de.vtt         (WebVTT captions)
//   content/media/leitlinien-vorgelesen/{index.mdx,uebersicht.png}
//   content/media/leitlinien-video/{index.mdx,uebersicht.png}
// Edits made to those two index.mdx files by hand or in the CMS are lost when this runs again.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FUNDING_LAND, HEADING, readLeitlinien } from './leitlinien-source.mjs';

const DATE = '2026-11-25';
const VOICE = ['-v', 'de', '-s', '150'];
const SOCIAL = 'content/media/leitlinien-social-media';
const AUDIO_SLUG = 'leitlinien-vorgelesen';
const VIDEO_SLUG = 'leitlinien-video';
const MP3 = `/media/${AUDIO_SLUG}/thinka-leitlinien-vorgelesen.mp3`;
const MP4 = `/media/${VIDEO_SLUG}/thinka-leitlinien-video.mp4`;
const VTT = `/media/${VIDEO_SLUG}/thinka-leitlinien-video.de.vtt`;

// What espeak-ng would misread, spelled out for the voice only. Transcript and captions keep the text as written.
const SPOKEN_FORM = [[/\b1\. Arbeitsmarkt/g, 'ersten Arbeitsmarkt']];
// Pauses between pieces of speech, in seconds.
const GAP = { start: 0.5, clause: 0.25, sentence: 0.5, section: 1.0, end: 1.0 };
const MAX_CUE_CHARS = 80;

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.error?.code === 'ENOENT') {
    console.error(`${command} fehlt. Bitte installieren: apt-get install espeak-ng ffmpeg`);
    process.exit(1);
  }
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} ist fehlgeschlagen:\n${result.stderr}`);
  return result.stdout;
}

// --- The text -----------------------------------------------------------------------------
const leitlinien = readLeitlinien();
/** Split into sentences, but not after an ordinal such as "1." */
const sentences = (text) => text.split(/(?<=[a-zäöüß][.!?])\s+(?=[A-ZÄÖÜ])/);
/** Captions of at most two short lines: long sentences are cut after a comma. */
const cues = (sentence) => {
  if (sentence.length <= MAX_CUE_CHARS) return [sentence];
  const parts = sentence.split(/(?<=,)\s+/);
  return parts.reduce((chunks, part) => {
    const last = chunks.at(-1);
    if (last !== undefined && `${last} ${part}`.length <= MAX_CUE_CHARS) chunks[chunks.length - 1] = `${last} ${part}`;
    else chunks.push(part);
    return chunks;
  }, []);
};

const sections = [
  { chapter: HEADING, frame: 'uebersicht', sentences: [`${HEADING}.`] },
  ...leitlinien.map((entry) => ({ chapter: entry.title, frame: entry.slug, sentences: [`${entry.title}.`, ...sentences(entry.teaser)] })),
  {
    chapter: 'Förderhinweis',
    frame: 'uebersicht',
    sentences: ['Kofinanziert von der Europäischen Union.', `${FUNDING_LAND} aus Mitteln des Europäischen Sozialfonds Plus.`],
  },
];

// --- Speech -------------------------------------------------------------------------------
const work = mkdtempSync(join(tmpdir(), 'thinka-leitlinien-'));

function readWav(file) {
  const buffer = readFileSync(file);
  let offset = 12;
  let rate = 0;
  while (offset < buffer.length) {
    const id = buffer.toString('ascii', offset, offset + 4);
    const size = buffer.readUInt32LE(offset + 4);
    if (id === 'fmt ') {
      if (buffer.readUInt16LE(offset + 8) !== 1 || buffer.readUInt16LE(offset + 10) !== 1 || buffer.readUInt16LE(offset + 22) !== 16) {
        throw new Error('espeak-ng sollte 16-Bit-Mono-PCM liefern.');
      }
      rate = buffer.readUInt32LE(offset + 12);
    }
    if (id === 'data') {
      const samples = new Int16Array(buffer.buffer.slice(buffer.byteOffset + offset + 8, buffer.byteOffset + offset + 8 + (size & ~1)));
      return { rate, samples };
    }
    offset += 8 + size + (size % 2);
  }
  throw new Error(`${file}: kein data-Block.`);
}

/** Drop the silence espeak-ng puts before and after the speech, so cue times are tight. */
function trimSilence(samples, threshold = 256) {
  let start = 0;
  let end = samples.length;
  while (start < end && Math.abs(samples[start]) < threshold) start += 1;
  while (end > start && Math.abs(samples[end - 1]) < threshold) end -= 1;
  return samples.subarray(start, end);
}

let rate = 0;
const pieces = [];
let counter = 0;
for (const [sectionIndex, section] of sections.entries()) {
  for (const [sentenceIndex, sentence] of section.sentences.entries()) {
    for (const [cueIndex, text] of cues(sentence).entries()) {
      const spoken = SPOKEN_FORM.reduce((value, [pattern, replacement]) => value.replace(pattern, replacement), text);
      const file = join(work, `${String(counter++).padStart(3, '0')}.wav`);
      run('espeak-ng', [...VOICE, '-w', file, '--', spoken]);
      const wav = readWav(file);
      rate ||= wav.rate;
      if (wav.rate !== rate) throw new Error('Unterschiedliche Abtastraten.');
      const gap = cueIndex > 0 ? GAP.clause : sentenceIndex > 0 ? GAP.sentence : sectionIndex > 0 ? GAP.section : GAP.start;
      pieces.push({ sectionIndex, text, gap, samples: trimSilence(wav.samples) });
    }
  }
}

const total = pieces.reduce((sum, piece) => sum + Math.round(piece.gap * rate) + piece.samples.length, 0) + Math.round(GAP.end * rate);
const pcm = new Int16Array(total);
let position = 0;
const timeline = pieces.map((piece) => {
  position += Math.round(piece.gap * rate);
  pcm.set(piece.samples, position);
  const start = position / rate;
  position += piece.samples.length;
  return { ...piece, start, end: position / rate };
});

function wavFile(samples, sampleRate) {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + samples.byteLength, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(samples.byteLength, 40);
  return Buffer.concat([header, Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength)]);
}
const speech = join(work, 'speech.wav');
writeFileSync(speech, wavFile(pcm, rate));

// Sections start with their first cue; the first one at 0:00.
const sectionStarts = sections.map((_, index) => (index === 0 ? 0 : timeline.find((cue) => cue.sectionIndex === index).start - 0.1));

// --- Files ----------------------------------------------------------------------------------
for (const slug of [AUDIO_SLUG, VIDEO_SLUG]) {
  mkdirSync(`public/media/${slug}`, { recursive: true });
  mkdirSync(`content/media/${slug}`, { recursive: true });
  copyFileSync(`${SOCIAL}/uebersicht.png`, `content/media/${slug}/uebersicht.png`);
}

const metadata = (title) => [
  '-metadata',
  `title=${title}`,
  '-metadata',
  'artist=ThINKA',
  '-metadata',
  'copyright=CC BY 4.0 ThINKA',
  '-metadata',
  'comment=Synthetische Stimme (espeak-ng)',
];
const AUDIO_TITLE = 'Die vier Leitlinien – vorgelesen';
const VIDEO_TITLE = 'Die vier Leitlinien – als Video';

run('ffmpeg', [
  '-hide_banner',
  '-loglevel',
  'error',
  '-y',
  '-i',
  speech,
  '-ac',
  '1',
  '-ar',
  '22050',
  '-c:a',
  'libmp3lame',
  '-b:a',
  '32k',
  ...metadata(AUDIO_TITLE),
  '-id3v2_version',
  '3',
  `public${MP3}`,
]);

// The video: one still per section (overview, each Leitlinie, overview again), 5 frames per second.
const seconds = total / rate;
const segments = sections.map((section, index) => ({ frame: `${SOCIAL}/${section.frame}.png`, duration: (sectionStarts[index + 1] ?? seconds) - sectionStarts[index] }));
const inputs = segments.flatMap((segment) => ['-loop', '1', '-framerate', '5', '-t', segment.duration.toFixed(3), '-i', segment.frame]);
const concat = `${segments.map((_, index) => `[${index}:v]`).join('')}concat=n=${segments.length}:v=1:a=0,format=yuv420p[v]`;
run('ffmpeg', [
  '-hide_banner',
  '-loglevel',
  'error',
  '-y',
  ...inputs,
  '-i',
  speech,
  '-filter_complex',
  concat,
  '-map',
  '[v]',
  '-map',
  `${segments.length}:a`,
  // A key frame at every change of picture: seeking anywhere decodes at most one section.
  '-c:v',
  'libx264',
  '-preset',
  'veryslow',
  '-tune',
  'stillimage',
  '-crf',
  '30',
  '-r',
  '5',
  '-g',
  '300',
  '-force_key_frames',
  sectionStarts.map((start) => start.toFixed(2)).join(','),
  '-c:a',
  'aac',
  '-b:a',
  '32k',
  '-ac',
  '1',
  '-ar',
  '22050',
  '-shortest',
  '-movflags',
  '+faststart',
  ...metadata(VIDEO_TITLE),
  `public${MP4}`,
]);

const vttTime = (value) => {
  const ms = Math.round(value * 1000);
  const pad = (number, width = 2) => String(number).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
};
const vtt = ['WEBVTT', '', ...timeline.flatMap((cue, index) => [String(index + 1), `${vttTime(cue.start)} --> ${vttTime(cue.end)}`, cue.text, ''])].join('\n');
writeFileSync(`public${VTT}`, vtt);

// --- Entries --------------------------------------------------------------------------------
const probe = (file) => Number(run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'default=noprint_wrappers=1:nokey=1', file]).trim());
// Whole seconds, rounded down as media players show them (57.99 s → 0:57).
const clock = (value) => `${Math.floor(value / 60)}:${String(Math.floor(value % 60)).padStart(2, '0')}`;
const audioSeconds = probe(`public${MP3}`);
const videoSeconds = probe(`public${MP4}`);
const transcript = sections.map((section) => section.sentences.join(' ')).join('\n\n');
const chapters = sections.map((section, index) => ({ start: clock(sectionStarts[index]), title: section.chapter }));
const yamlString = (value) => JSON.stringify(value);
const block = (text, indent = '  ') =>
  text
    .split('\n')
    .map((line) => (line ? `${indent}${line}` : ''))
    .join('\n');
const overviewAlt = `Grafik in Dunkelblau: „${HEADING}“ mit den Begriffen ${leitlinien
  .map((entry) => entry.title)
  .slice(0, -1)
  .join(', ')} und ${leitlinien.at(-1).title}. Unten das EU-Emblem mit „Kofinanziert von der Europäischen Union“.`;
const common = (title, summary) => `title: ${yamlString(title)}
summary: ${yamlString(summary)}
date: ${DATE}
campaign: "Leitlinien"
credits:
  - role: "Text"
    name: "ThINKA-Koordinierungsstelle"
  - role: "Sprachausgabe"
    name: "espeak-ng (synthetische Stimme)"
  - role: "Produktion"
    name: "Website-Team ThINKA"
licence: "CC BY 4.0"
peopleShown: false
consentOnFile: false`;

writeFileSync(
  `content/media/${AUDIO_SLUG}/index.mdx`,
  `---
kind: audio
${common(AUDIO_TITLE, 'Die vier ThINKA-Leitlinien Aktivierung, Kooperation, Nachhaltigkeit und Integration zum Anhören, vorgelesen von einer synthetischen Stimme.')}
audio: ${yamlString(MP3)}
cover:
  src: "./uebersicht.png"
  alt: ${yamlString(overviewAlt)}
duration: "${clock(audioSeconds)}"
chapters:
${chapters.map((chapter) => `  - start: "${chapter.start}"\n    title: ${yamlString(chapter.title)}`).join('\n')}
transcript: |-
${block(transcript)}
---

Die Aufnahme liest den Text des [Plakats mit den vier Leitlinien](/medien/leitlinien-plakat/) vor, dazu den Förderhinweis. Die Stimme ist synthetisch: Sie wurde mit dem freien Sprachausgabeprogramm espeak-ng erzeugt, niemand hat den Text eingesprochen. Manche Wörter klingen deshalb ungewohnt; das Transkript unten enthält den vollständigen Text.
`,
);

writeFileSync(
  `content/media/${VIDEO_SLUG}/index.mdx`,
  `---
kind: video
${common(VIDEO_TITLE, 'Ein kurzes Video mit den vier ThINKA-Leitlinien: Texttafeln, vorgelesen von einer synthetischen Stimme, mit Untertiteln.')}
video: ${yamlString(MP4)}
poster:
  src: "./uebersicht.png"
  alt: ${yamlString(overviewAlt)}
hasSpeech: true
captions:
  - src: ${yamlString(VTT)}
    lang: "de"
    label: "Deutsch"
textDescription: |-
${block(`Das Video zeigt nacheinander Texttafeln in Dunkelblau, ohne Personen und ohne Musik. Zuerst eine Übersicht mit der Überschrift „${HEADING}“ und den Begriffen ${leitlinien.map((entry) => entry.title).join(', ')}. Dann je eine Tafel pro Leitlinie mit ihrem Namen, dem Hinweis „Leitlinie 1 von ${leitlinien.length}“ bis „Leitlinie ${leitlinien.length} von ${leitlinien.length}“ und dem Text, der dazu vorgelesen wird. Während zum Schluss der Förderhinweis gesprochen wird, steht wieder die Übersicht im Bild.

Oben links steht auf jeder Tafel „ThINKA“, unten das EU-Emblem mit „Kofinanziert von der Europäischen Union“ und „${FUNDING_LAND} aus Mitteln des ESF Plus“.`)}
transcript: |-
${block(transcript)}
duration: "${clock(videoSeconds)}"
downloads:
  - file: ${yamlString(VTT)}
    label: "Untertitel als WebVTT-Datei"
---

Das Video zeigt die Tafeln der [Bilder für soziale Medien](/medien/leitlinien-social-media/) und liest ihren Text vor; der Ton ist derselbe wie im Beitrag [Die vier Leitlinien – vorgelesen](/medien/leitlinien-vorgelesen/). Die Stimme ist synthetisch (espeak-ng), niemand hat den Text eingesprochen. Die Untertitel lassen sich im Player ein- und ausschalten; das Transkript unten enthält denselben Text.
`,
);

rmSync(work, { recursive: true, force: true });
console.log(`Audio: public${MP3} (${audioSeconds.toFixed(2)} s)`);
console.log(`Video: public${MP4} (${videoSeconds.toFixed(2)} s)`);
console.log(`Untertitel: public${VTT} (${timeline.length} Einblendungen)`);
console.log(`Kapitel: ${chapters.map((chapter) => `${chapter.start} ${chapter.title}`).join(' · ')}`);
