import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { germanErrorMap, withGermanErrors } from '../../src/schemas/errors';
import type { ImageHelper } from '../../src/schemas/image';
import { leitlinienSchema } from '../../src/schemas/leitlinien';
import { mediaSchema } from '../../src/schemas/media';
import { pagesSchema } from '../../src/schemas/pages';
import { standorteSchema } from '../../src/schemas/standorte';
import { teamSchema } from '../../src/schemas/team';

// Stands in for Astro's image() helper, which needs a running build.
const image = (() => z.string()) as unknown as ImageHelper;

/** "path: message" lines of a failed parse, as Astro would print them. */
function problems(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data, { error: germanErrorMap });
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const team = { role: 'Projektkoordinator', area: 'Koordinierungsstelle Jena', summary: 'Koordiniert die Anlaufstellen.' };
const standort = { name: 'ThINKA Artern', place: 'Artern', district: 'Kyffhäuserkreis' };
const mediaBase = {
  title: 'Beitrag',
  summary: 'Kurz gesagt.',
  date: '2026-11-25',
  credits: [{ role: 'Gestaltung', name: 'Website-Team ThINKA' }],
  licence: 'CC BY 4.0',
};
const photo = { src: './bild.png', alt: 'Ein Plakat mit vier Leitlinien.' };

describe('team schema', () => {
  it('accepts a profile without a name', () => {
    expect(problems(teamSchema({ image }), team)).toEqual([]);
  });

  it('names a missing required field by its German label', () => {
    const { summary: _summary, ...withoutSummary } = team;
    expect(problems(teamSchema({ image }), withoutSummary)).toEqual(['summary: Pflichtfeld „Kurzbeschreibung“ fehlt. Bitte ausfüllen.']);
  });

  it('names a wrong type and refuses unknown keys', () => {
    expect(problems(teamSchema({ image }), { ...team, role: 42, rolle: 'x' })).toEqual([
      'role: „Funktion“ erwartet einen Text, erhalten wurde 42.',
      ': Unbekannte Angabe(n) „rolle“. Bitte Schreibweise prüfen oder entfernen.',
    ]);
  });

  it('requires alt text for a portrait', () => {
    expect(problems(teamSchema({ image }), { ...team, portrait: { src: './p.jpg', alt: ' ' } })).toEqual([
      'portrait.alt: Der Alternativtext fehlt. Beschreiben Sie in einem Satz, was auf dem Bild zu sehen ist.',
    ]);
  });

  it('checks the "since" month', () => {
    expect(problems(teamSchema({ image }), { ...team, since: '2023-13' })).toEqual(['since: Bitte als Jahr-Monat angeben, z. B. 2023-09.']);
  });
});

describe('leitlinien and pages schemas', () => {
  it('only allows the four icons', () => {
    const result = problems(leitlinienSchema(), { title: 'Aktivierung', teaser: 'Satz.', order: 1, icon: 'stern' });
    expect(result).toHaveLength(1);
    expect(result[0]).toMatch(/^icon: „Symbol“ hat den Wert "stern"; erlaubt sind: "aktivierung", "kooperation"/);
  });

  it('requires a description for search engines', () => {
    expect(problems(pagesSchema(), { title: 'Impressum' })).toEqual(['description: Pflichtfeld „Beschreibung“ fehlt. Bitte ausfüllen.']);
  });
});

describe('standorte schema', () => {
  it('accepts a location with nothing but name, place and district', () => {
    const parsed = standorteSchema().parse(standort);
    expect(parsed.offices).toEqual([]);
    expect(parsed.catchment).toEqual([]);
    expect(parsed.checkedAt).toBeUndefined();
  });

  it('rejects districts outside Thuringia', () => {
    expect(problems(standorteSchema(), { ...standort, district: 'Leipzig' })[0]).toMatch(/^district: „Landkreis oder kreisfreie Stadt“ hat den Wert "Leipzig"/);
  });

  it('explains wrong phone numbers, postcodes, times and reversed hours', () => {
    const result = problems(standorteSchema(), {
      ...standort,
      offices: [
        {
          name: 'Büro',
          address: { city: 'Artern', postcode: '6556' },
          phone: 'bitte anrufen',
          hours: [
            { day: 'mo', opens: '25 Uhr', closes: '12:00' },
            { day: 'di', opens: '14:00', closes: '12:00' },
            { day: 'montag', opens: '09:00', closes: '12:00' },
          ],
        },
      ],
    });
    expect(result).toContain('offices.0.address.postcode: Bitte eine fünfstellige Postleitzahl angeben, z. B. 06556.');
    expect(result).toContain('offices.0.phone: Bitte eine Telefonnummer mit Vorwahl angeben, z. B. 03466 7404457.');
    expect(result).toContain('offices.0.hours.0.opens: Bitte eine Uhrzeit im Format HH:MM angeben, z. B. 09:00.');
    expect(result).toContain('offices.0.hours.1.closes: „bis“ muss nach „von“ liegen.');
    expect(result.some((line) => line.startsWith('offices.0.hours.2.day: „Wochentag“ hat den Wert "montag"'))).toBe(true);
  });

  it('rejects a closure that ends before it starts', () => {
    expect(problems(standorteSchema(), { ...standort, closures: [{ from: '2026-12-24', to: '2026-12-20' }] })).toEqual([
      'closures.0.to: „Geschlossen bis“ darf nicht vor „Geschlossen ab“ liegen.',
    ]);
  });
});

describe('media schema', () => {
  const schema = mediaSchema({ image });

  it('accepts a photo with alt text', () => {
    expect(problems(schema, { ...mediaBase, kind: 'photo', images: [photo] })).toEqual([]);
  });

  it('refuses a photo without alt text', () => {
    expect(problems(schema, { ...mediaBase, kind: 'photo', images: [{ src: './bild.png' }] })).toEqual(['images.0.alt: Pflichtfeld „Alternativtext“ fehlt. Bitte ausfüllen.']);
  });

  it('refuses a video with speech but without captions', () => {
    const result = problems(schema, {
      ...mediaBase,
      kind: 'video',
      video: '/media/leitlinien-plakat/thinka-leitlinien-plakat.png',
      poster: photo,
      duration: '1:30',
    });
    expect(result).toContain('video: Erlaubte Dateitypen: mp4, webm.');
    expect(result).toContain('captions: Videos mit gesprochenem Text brauchen Untertitel (WebVTT). Bitte eine Untertiteldatei hinzufügen.');
  });

  it('refuses an audio piece without transcript', () => {
    expect(problems(schema, { ...mediaBase, kind: 'audio', audio: '/media/fehlt.mp3', duration: '3:00' })).toEqual([
      'audio: Die Datei public/media/fehlt.mp3 gibt es nicht. Bitte zuerst hochladen.',
      'transcript: Audiobeiträge brauchen ein Transkript. Bitte den gesprochenen Text eintragen.',
    ]);
  });

  it('refuses a file path that leaves public/media, even to a file that exists', () => {
    expect(problems(schema, { ...mediaBase, kind: 'audio', audio: '/media/a/../../../package.json', duration: '3:00', transcript: 'Text.' })).toEqual([
      'audio: Der Pfad darf nicht aus public/media hinausführen: „.“ und „..“ als Ordner sind nicht erlaubt. Bitte den Pfad der hochgeladenen Datei angeben, z. B. /media/plakat/plakat.pdf.',
    ]);
  });

  it('refuses recognisable people without recorded consent', () => {
    expect(problems(schema, { ...mediaBase, kind: 'series', images: [photo, photo], peopleShown: true })).toEqual([
      'consentOnFile: Erkennbare Personen: Ohne schriftliche Einwilligung darf der Beitrag nicht erscheinen. Bitte „Einwilligung liegt vor“ ankreuzen, sobald sie vorliegt.',
    ]);
  });

  it('applies the consent rule to every kind of piece, photos of people included', () => {
    const consentMessage =
      'consentOnFile: Erkennbare Personen: Ohne schriftliche Einwilligung darf der Beitrag nicht erscheinen. Bitte „Einwilligung liegt vor“ ankreuzen, sobald sie vorliegt.';
    const pieces = {
      photo: { kind: 'photo', images: [photo] },
      series: { kind: 'series', images: [photo, photo] },
      audio: { kind: 'audio', audio: '/media/leitlinien-vorgelesen/thinka-leitlinien-vorgelesen.mp3', duration: '0:57', transcript: 'Text.' },
      video: {
        kind: 'video',
        video: '/media/leitlinien-video/thinka-leitlinien-video.mp4',
        poster: photo,
        duration: '0:58',
        captions: [{ src: '/media/leitlinien-video/thinka-leitlinien-video.de.vtt', label: 'Deutsch' }],
      },
    };
    for (const [kind, piece] of Object.entries(pieces)) {
      expect(problems(schema, { ...mediaBase, ...piece }), `${kind} without people`).toEqual([]);
      expect(problems(schema, { ...mediaBase, ...piece, peopleShown: true }), `${kind} without consent`).toEqual([consentMessage]);
      expect(problems(schema, { ...mediaBase, ...piece, peopleShown: true, consentOnFile: true }), `${kind} with consent`).toEqual([]);
    }
  });

  it('accepts a video without speech and without captions', () => {
    expect(
      problems(schema, { ...mediaBase, kind: 'video', video: '/media/leitlinien-video/thinka-leitlinien-video.mp4', poster: photo, duration: '0:58', hasSpeech: false }),
    ).toEqual([]);
  });

  it('wants chapters in order and within the duration', () => {
    const audio = { ...mediaBase, kind: 'audio', audio: '/media/leitlinien-vorgelesen/thinka-leitlinien-vorgelesen.mp3', duration: '0:57', transcript: 'Text.' };
    const message = 'chapters: Die Kapitel müssen in zeitlicher Reihenfolge stehen und vor dem Ende des Beitrags (Dauer) beginnen.';
    expect(
      problems(schema, {
        ...audio,
        chapters: [
          { start: '0:00', title: 'A' },
          { start: '0:14', title: 'B' },
        ],
      }),
    ).toEqual([]);
    expect(
      problems(schema, {
        ...audio,
        chapters: [
          { start: '0:14', title: 'B' },
          { start: '0:02', title: 'A' },
        ],
      }),
    ).toEqual([message]);
    expect(problems(schema, { ...audio, chapters: [{ start: '1:14', title: 'Zu spät' }] })).toEqual([message]);
    expect(problems(schema, { ...audio, chapters: [{ start: '14', title: 'Kaputt' }] })).toHaveLength(1);
  });

  it('refuses an unknown kind', () => {
    expect(problems(schema, { ...mediaBase, kind: 'podcast' })).toHaveLength(1);
  });
});

describe('withGermanErrors', () => {
  it('keeps German messages even when the caller passes its own English error map', async () => {
    const wrapped = withGermanErrors(pagesSchema());
    const result = await wrapped.safeParseAsync({ title: 'X' }, { error: () => 'English fallback' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual(['description: Pflichtfeld „Beschreibung“ fehlt. Bitte ausfüllen.']);
  });

  it('passes valid data through with defaults applied', async () => {
    const wrapped = withGermanErrors(pagesSchema());
    expect(await wrapped.parseAsync({ title: 'X', description: 'Eine Seite.' })).toMatchObject({ order: 100, inMainNav: false });
  });
});
