/** Site pages; the file path gives the URL, so folders make the slug tree. */
import { z } from 'astro/zod';
import { field, isoDate, plainText } from './fields';

export const pagesSchema = () =>
  z.strictObject({
    title: plainText('Titel', 'Überschrift der Seite.', 120),
    description: plainText(
      'Beschreibung',
      'Ein bis zwei Sätze: erscheinen in Suchmaschinen und beim Teilen der Seite.',
      200,
    ),
    navTitle: field(z.string().trim().min(1).max(40), 'Kurztitel', 'Optional: kürzerer Titel für Menü und Brotkrumen.').optional(),
    order: field(z.number().int().min(0).default(100), 'Reihenfolge', 'Kleinere Zahlen stehen im Menü weiter vorn.'),
    inMainNav: field(z.boolean().default(false), 'Im Hauptmenü zeigen', 'Ankreuzen, wenn die Seite oben im Menü stehen soll.'),
    updated: isoDate('Zuletzt geändert', 'Datum der letzten inhaltlichen Änderung.').optional(),
  });

export type PageData = z.infer<ReturnType<typeof pagesSchema>>;
