// Leichte Sprache, Gebärdensprache and translations in the content schemas.
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { germanErrorMap } from '../../src/schemas/errors';
import { kurztexteSchema } from '../../src/schemas/kurztexte';
import { leitlinienSchema } from '../../src/schemas/leitlinien';
import { pagesSchema } from '../../src/schemas/pages';
import { standorteSchema } from '../../src/schemas/standorte';
import { TRANSLATABLE_FIELDS, translationSchema } from '../../src/schemas/translations';

function problems(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data, { error: germanErrorMap });
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const page = { title: 'Gebärdensprache', description: 'Informationen in Deutscher Gebärdensprache.' };
// Files that exist under public/ (the Leitlinien video and its captions).
const VIDEO = '/media/leitlinien-video/thinka-leitlinien-video.mp4';
const CAPTIONS = '/media/leitlinien-video/thinka-leitlinien-video.de.vtt';

describe('sign language video on a page', () => {
  it('is optional: a page without a video is valid', () => {
    expect(problems(pagesSchema(), page)).toEqual([]);
  });

  it('requires captions as soon as there is a video', () => {
    expect(problems(pagesSchema(), { ...page, signLanguageVideo: { video: VIDEO } })).toEqual(['signLanguageVideo.captions: Pflichtfeld „Untertitel“ fehlt. Bitte ausfüllen.']);
  });

  it('accepts a self-hosted video with WebVTT captions', () => {
    expect(problems(pagesSchema(), { ...page, signLanguageVideo: { video: VIDEO, captions: CAPTIONS } })).toEqual([]);
  });

  it('refuses captions that are not WebVTT and files that were never uploaded', () => {
    expect(problems(pagesSchema(), { ...page, signLanguageVideo: { video: '/media/dgs/fehlt.mp4', captions: VIDEO } })).toEqual([
      'signLanguageVideo.video: Die Datei public/media/dgs/fehlt.mp4 gibt es nicht. Bitte zuerst hochladen.',
      'signLanguageVideo.captions: Erlaubte Dateitypen: vtt.',
    ]);
  });
});

describe('Leichte Sprache on pages and Anlaufstellen', () => {
  it('is an optional text', () => {
    expect(problems(pagesSchema(), { ...page, easyLanguage: 'ThINKA hilft Menschen.' })).toEqual([]);
    const standort = { name: 'ThINKA Artern', place: 'Artern', district: 'Kyffhäuserkreis' };
    expect(problems(standorteSchema(), standort)).toEqual([]);
    expect(problems(standorteSchema(), { ...standort, easyLanguage: 'Die Anlauf·stelle ist in Artern.' })).toEqual([]);
  });

  it('must not be empty when given', () => {
    expect(problems(pagesSchema(), { ...page, easyLanguage: '  ' })).toEqual([expect.stringMatching(/^easyLanguage: .* darf nicht leer sein\.$/)]);
  });
});

describe('translations (Decap i18n files)', () => {
  const leitlinie = translationSchema(leitlinienSchema(), TRANSLATABLE_FIELDS.leitlinien);

  it('accepts a translated title and teaser', () => {
    expect(leitlinie.parse({ title: 'Activation', teaser: 'The projects aim to activate citizens.' })).toEqual({
      title: 'Activation',
      teaser: 'The projects aim to activate citizens.',
    });
  });

  it('tolerates what Decap writes: copied fields, empty fields, an empty file', () => {
    expect(leitlinie.parse({ title: '', teaser: ' ', order: 1, icon: 'aktivierung' })).toEqual({ title: undefined, teaser: undefined, order: 1, icon: 'aktivierung' });
    expect(leitlinie.parse({})).toEqual({});
  });

  it('still checks what a translation does say', () => {
    expect(problems(leitlinie, { title: 'x'.repeat(61) })).toEqual([expect.stringMatching(/^title: .* ist zu lang: höchstens 60 Zeichen\.$/)]);
  });

  it('exists for every translated collection', () => {
    expect(translationSchema(kurztexteSchema(), TRANSLATABLE_FIELDS.kurztexte).parse({ title: 'What is ThINKA?' })).toEqual({ title: 'What is ThINKA?' });
  });
});
