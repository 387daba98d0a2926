/** Site pages; the file path gives the URL, so folders make the slug tree. */
import { z } from 'astro/zod';
import { easyLanguage, field, isoDate, plainText, publicFile } from './fields';

export const pagesSchema = () =>
  z.strictObject({
    title: plainText('Titel', 'Überschrift der Seite.', 120),
    description: plainText('Beschreibung', 'Ein bis zwei Sätze: erscheinen in Suchmaschinen und beim Teilen der Seite.', 200),
    navTitle: field(z.string().trim().min(1).max(40), 'Kurztitel', 'Optional: kürzerer Titel für Menü und Brotkrumen.').optional(),
    order: field(z.number().int().min(0).default(100), 'Reihenfolge', 'Kleinere Zahlen stehen im Menü weiter vorn.'),
    inMainNav: field(z.boolean().default(false), 'Im Hauptmenü zeigen', 'Ankreuzen, wenn die Seite oben im Menü stehen soll.'),
    updated: isoDate('Zuletzt geändert', 'Datum der letzten inhaltlichen Änderung.').optional(),
    easyLanguage: easyLanguage('Der Inhalt dieser Seite').optional(),
    signLanguageVideo: signLanguageVideo().optional(),
  });

/**
 * A video in Deutscher Gebärdensprache (BITV 2.0 § 4), self-hosted under /media/ and downloadable.
 * Captions are required as soon as there is a video: the CMS checks it on save, the build on every run.
 */
export const signLanguageVideo = () =>
  field(
    z.strictObject({
      video: publicFile('Videodatei', 'Das Video in Deutscher Gebärdensprache als MP4 oder WebM, hochgeladen unter /media/…', ['mp4', 'webm']),
      captions: publicFile('Untertitel', 'Pflicht bei jedem Video: die Untertitel in deutscher Schrift als WebVTT-Datei (.vtt).', ['vtt']),
      poster: publicFile('Vorschaubild', 'Optional: ein Standbild aus dem Video (JPG, PNG oder WebP).', ['jpg', 'jpeg', 'png', 'webp']).optional(),
    }),
    'Video in Gebärdensprache',
    'Optional: ein Video in Deutscher Gebärdensprache (DGS) zu dieser Seite. Solange keines aufgenommen ist, leer lassen und im Text ehrlich sagen, dass es noch fehlt.',
  );

export type PageData = z.infer<ReturnType<typeof pagesSchema>>;
