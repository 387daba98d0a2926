import { describe, expect, it } from 'vitest';
import { buildCmsConfig } from '../../admin/config';
import { standorteSchema } from '../../src/schemas/standorte';

describe('CMS configuration generated from the schemas', () => {
  const config = buildCmsConfig({ CMS_REPO: 'thinka/website' }, 'https://thinka.de/');
  const standorte = config.collections.find((collection) => collection.name === 'standorte');

  it('offers the optional Fronleichnam switch on Anlaufstellen, with German label and hint', () => {
    const field = standorte?.fields.find((candidate) => candidate.name === 'fronleichnam');
    expect(field).toMatchObject({ widget: 'boolean', label: 'Fronleichnam ist hier Feiertag', required: false, default: false });
    expect(field?.hint).toMatch(/Eichsfeld/);
  });

  it('keeps the field optional in the content schema', () => {
    const base = { name: 'ThINKA Leinefelde', place: 'Leinefelde', district: 'Eichsfeld' };
    expect(standorteSchema().parse(base).fronleichnam).toBeUndefined();
    expect(standorteSchema().parse({ ...base, fronleichnam: true }).fronleichnam).toBe(true);
    expect(standorteSchema().safeParse({ ...base, fronleichnam: 'ja' }).success).toBe(false);
  });
});
