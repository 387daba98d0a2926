// The CMS configuration is generated from the schemas: media changes must flow into it.
import { describe, expect, it } from 'vitest';
import { buildCmsConfig } from '../../admin/config';

interface Field {
  name: string;
  label: string;
  hint?: string;
  widget: string;
  fields?: Field[];
  field?: Field;
}

const config = buildCmsConfig({ CMS_REPO: 'thinka/website' }, 'https://thinka.de');
const collection = (name: string) => config.collections.find((entry) => entry.name === name)!;
const field = (fields: readonly Field[], name: string) => fields.find((entry) => entry.name === name);

describe('CMS configuration for media', () => {
  it('has one collection per kind, stored beside the entry so Astro optimises the images', () => {
    for (const kind of ['audio', 'video', 'photo', 'series']) {
      const media = collection(`media-${kind}`);
      expect(media, kind).toBeDefined();
      expect(media.filter).toEqual({ field: 'kind', value: kind });
      expect(media.media_folder).toBe('');
    }
  });

  it('offers every accessibility field with a German label and hint', () => {
    const audio = collection('media-audio').fields as Field[];
    const video = collection('media-video').fields as Field[];
    const series = collection('media-series').fields as Field[];
    expect(field(audio, 'transcript')).toMatchObject({ label: 'Transkript', widget: expect.any(String) });
    expect(field(audio, 'chapters')?.label).toBe('Kapitel');
    expect(field(video, 'captions')?.label).toBe('Untertitel');
    expect(field(video, 'textDescription')?.label).toBe('Textbeschreibung');
    expect(field(video, 'poster')?.label).toBe('Vorschaubild');
    const images = field(series, 'images');
    expect(images?.label).toBe('Fotos');
    for (const fields of [audio, video, series]) {
      expect(field(fields, 'peopleShown')?.label).toBe('Personen erkennbar');
      expect(field(fields, 'consentOnFile')?.label).toBe('Einwilligung liegt vor');
      expect(field(fields, 'licence')?.label).toBe('Lizenz');
      for (const entry of fields.filter((item) => item.widget !== 'hidden')) expect(entry.hint ?? '', `${entry.name} has a hint`).not.toBe('');
    }
  });
});
