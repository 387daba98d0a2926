/**
 * The media designer's pieces: audio, video, single photos and photo series.
 * Accessibility duties are enforced here: captions for video with speech,
 * transcripts for audio, alt text for every image, consent for photos of people.
 */
import { z } from 'astro/zod';
import { MEDIA_KINDS } from '../lib/media-filters';
import { withCmsHint } from './cms';
import { field, isoDate, plainText, publicFile } from './fields';
import { describedImage, type ImageHelper } from './image';

export { MEDIA_KINDS };
export const LICENCES = ['CC BY 4.0', 'CC BY-SA 4.0', 'CC BY-NC 4.0', 'CC0 1.0', 'Alle Rechte vorbehalten'] as const;
export const VIDEO_EXTENSIONS = ['mp4', 'webm'] as const;
export const AUDIO_EXTENSIONS = ['mp3', 'm4a', 'ogg', 'opus'] as const;
export const DOWNLOAD_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png', 'webp', 'mp3', 'mp4', 'webm', 'zip', 'vtt', 'txt'] as const;

/** Durations as editors say them: m:ss or h:mm:ss. */
const duration = () =>
  field(z.string().regex(/^(\d+:)?[0-5]?\d:[0-5]\d$/, { error: 'Bitte die Dauer als Minuten:Sekunden angeben, z. B. 3:45.' }), 'Dauer', 'Länge als Minuten:Sekunden, z. B. 3:45.');

const captionTrack = () =>
  field(
    z.strictObject({
      src: publicFile('Untertiteldatei', 'WebVTT-Datei (.vtt) mit den Untertiteln.', ['vtt']),
      lang: field(z.string().regex(/^[a-z]{2,3}$/), 'Sprache', 'Sprachcode, z. B. de für Deutsch.').default('de'),
      label: plainText('Bezeichnung', 'So erscheint die Spur im Player, z. B. „Deutsch“.', 40),
    }),
    'Untertitel',
    'Eine Untertitelspur im WebVTT-Format.',
  );

/** Astro's reference() in the build; the CMS, which has no content store, checks only that it is a text. */
export type ReferenceHelper = (collection: 'standorte') => z.ZodType<{ id: string; collection: 'standorte' }>;
const referenceAsText: ReferenceHelper = (collection) =>
  z
    .string()
    .trim()
    .min(1)
    .transform((id) => ({ id, collection }));

const commonFields = (reference: ReferenceHelper) => ({
  title: plainText('Titel', 'Titel des Beitrags.', 120),
  summary: plainText('Kurzbeschreibung', 'Ein bis zwei Sätze für Übersicht und Suchmaschinen.', 300),
  date: isoDate('Veröffentlicht am', 'Datum der Veröffentlichung.'),
  campaign: field(z.string().trim().min(1).max(80), 'Kampagne', 'Optional: zu welcher Kampagne der Beitrag gehört.').optional(),
  standort: withCmsHint(field(reference('standorte'), 'Anlaufstelle', 'Optional: die Anlaufstelle, um die es geht.'), {
    widget: 'relation',
    collection: 'standorte',
    searchFields: ['name', 'place'],
    displayFields: ['name'],
  }).optional(),
  credits: field(
    z
      .array(
        z.strictObject({
          role: plainText('Rolle', 'z. B. „Kamera“, „Schnitt“, „Sprecherin“.', 60),
          name: plainText('Name', 'Name der Person oder Organisation.', 120),
        }),
      )
      .min(1),
    'Mitwirkende',
    'Wer hat den Beitrag gemacht? Mindestens ein Eintrag.',
  ),
  licence: field(z.enum(LICENCES), 'Lizenz', 'Unter welcher Lizenz andere den Beitrag nutzen dürfen.'),
  peopleShown: field(z.boolean().default(false), 'Personen erkennbar', 'Ankreuzen, wenn Menschen zu sehen oder zu hören sind, die man erkennen kann.'),
  consentOnFile: field(z.boolean().default(false), 'Einwilligung liegt vor', 'Ankreuzen, wenn von allen erkennbaren Personen eine schriftliche Einwilligung vorliegt.'),
  downloads: field(
    z
      .array(
        z.strictObject({
          file: publicFile('Datei', 'Die herunterladbare Datei.', DOWNLOAD_EXTENSIONS),
          label: plainText('Bezeichnung', 'z. B. „Plakat A3 (PDF)“.', 80),
        }),
      )
      .default([]),
    'Downloads',
    'Dateien zum Herunterladen, z. B. Plakate oder Pressefotos.',
  ),
});

const consentRule = {
  check: (piece: { peopleShown: boolean; consentOnFile: boolean }) => !piece.peopleShown || piece.consentOnFile,
  params: {
    error: 'Erkennbare Personen: Ohne schriftliche Einwilligung darf der Beitrag nicht erscheinen. Bitte „Einwilligung liegt vor“ ankreuzen, sobald sie vorliegt.',
    path: ['consentOnFile'],
  },
};

const seconds = (value: string) =>
  value
    .split(':')
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0);
const CLOCK = /^(\d+:)?[0-5]?\d:[0-5]\d$/;

/** Chapter starts ascend and lie within the piece; malformed times already have their own message. */
const chaptersInOrder = (piece: { chapters: { start: string }[]; duration: string }) => {
  if (!Array.isArray(piece.chapters) || typeof piece.duration !== 'string') return true;
  if (!CLOCK.test(piece.duration) || piece.chapters.some((chapter) => typeof chapter?.start !== 'string' || !CLOCK.test(chapter.start))) return true;
  const starts = piece.chapters.map((chapter) => seconds(chapter.start));
  return starts.every((start, index) => start < seconds(piece.duration) && (index === 0 || start > starts[index - 1]!));
};

export const mediaSchema = ({ image, reference = referenceAsText }: { image: ImageHelper; reference?: ReferenceHelper }) => {
  const common = commonFields(reference);
  const video = z
    .strictObject({
      kind: z.literal('video'),
      ...common,
      video: publicFile('Videodatei', 'MP4- oder WebM-Datei.', VIDEO_EXTENSIONS),
      poster: describedImage(image, 'Vorschaubild', 'Standbild, das vor dem Abspielen gezeigt wird.'),
      hasSpeech: field(z.boolean().default(true), 'Mit gesprochenem Text', 'Wird im Video gesprochen oder gesungen?'),
      captions: field(z.array(captionTrack()).default([]), 'Untertitel', 'Pflicht, wenn im Video gesprochen wird.'),
      audioDescription: publicFile('Audiodeskription', 'Optional: WebVTT-Datei mit Beschreibungen des Bildes.', ['vtt']).optional(),
      textDescription: field(z.string().trim().min(1), 'Textbeschreibung', 'Optional: was im Bild passiert, für Menschen, die es nicht sehen.').optional(),
      transcript: field(z.string().trim().min(1), 'Transkript', 'Alles, was gesagt wird, als Text.').optional(),
      duration: duration(),
    })
    .refine((piece) => !piece.hasSpeech || piece.captions.length > 0, {
      error: 'Videos mit gesprochenem Text brauchen Untertitel (WebVTT). Bitte eine Untertiteldatei hinzufügen.',
      path: ['captions'],
    })
    .refine(consentRule.check, consentRule.params);

  const audio = z
    .strictObject({
      kind: z.literal('audio'),
      ...common,
      audio: publicFile('Audiodatei', 'MP3-, M4A-, OGG- oder Opus-Datei.', AUDIO_EXTENSIONS),
      cover: describedImage(image, 'Titelbild', 'Optional: ein Bild zum Beitrag.').optional(),
      transcript: field(
        z.string({ error: 'Audiobeiträge brauchen ein Transkript. Bitte den gesprochenen Text eintragen.' }).trim().min(1, {
          error: 'Audiobeiträge brauchen ein Transkript. Bitte den gesprochenen Text eintragen.',
        }),
        'Transkript',
        'Alles, was gesagt wird, als Text. Pflicht für Audiobeiträge.',
      ),
      chapters: field(
        z
          .array(
            z.strictObject({
              start: field(z.string().regex(/^(\d+:)?[0-5]?\d:[0-5]\d$/), 'Beginn', 'Zeitpunkt als Minuten:Sekunden, z. B. 2:10.'),
              title: plainText('Kapitel', 'Name des Abschnitts.', 100),
            }),
          )
          .default([]),
        'Kapitel',
        'Optional: Abschnitte des Beitrags mit ihrem Beginn.',
      ),
      duration: duration(),
    })
    .refine(chaptersInOrder, {
      error: 'Die Kapitel müssen in zeitlicher Reihenfolge stehen und vor dem Ende des Beitrags (Dauer) beginnen.',
      path: ['chapters'],
    })
    .refine(consentRule.check, consentRule.params);

  const photo = z
    .strictObject({
      kind: z.literal('photo'),
      ...common,
      images: field(
        z.array(describedImage(image, 'Foto', 'Ein Foto mit Beschreibung.')).length(1, { error: 'Ein Foto-Beitrag hat genau ein Bild. Für mehrere Bilder „Serie“ wählen.' }),
        'Foto',
        'Das Foto mit Alternativtext.',
      ),
    })
    .refine(consentRule.check, consentRule.params);

  const series = z
    .strictObject({
      kind: z.literal('series'),
      ...common,
      images: field(
        z.array(describedImage(image, 'Foto', 'Ein Foto mit Beschreibung.')).min(2, { error: 'Eine Fotoserie braucht mindestens zwei Bilder.' }),
        'Fotos',
        'Die Bilder der Serie, jeweils mit Alternativtext.',
      ),
    })
    .refine(consentRule.check, consentRule.params);

  return field(z.discriminatedUnion('kind', [video, audio, photo, series]), 'Art des Beitrags', 'Audio, Video, Foto oder Fotoserie.');
};
