import { describe, expect, it } from 'vitest';
import { missingRequiredWhenSet } from '../../admin/required-when-set';
import type { DecapField } from '../../admin/schema-to-decap';

const portrait: DecapField = {
  name: 'portrait',
  label: 'Porträt',
  widget: 'object',
  required: false,
  fields: [
    { name: 'src', label: 'Bilddatei', widget: 'image', required: false, required_when_set: true },
    { name: 'alt', label: 'Alternativtext', widget: 'text', required: false, required_when_set: true },
    { name: 'caption', label: 'Bildunterschrift', widget: 'string', required: false },
  ],
};
const outreach: DecapField = {
  name: 'outreach',
  label: 'Außensprechstunden',
  widget: 'list',
  fields: [{ name: 'address', label: 'Anschrift', widget: 'object', required: false, fields: [{ name: 'city', label: 'Ort', widget: 'string', required: false, required_when_set: true }, { name: 'street', label: 'Straße', widget: 'string', required: false }] }],
};

describe('missingRequiredWhenSet', () => {
  it('accepts an empty optional group', () => {
    expect(missingRequiredWhenSet([portrait], {})).toEqual([]);
    expect(missingRequiredWhenSet([portrait], { portrait: { src: '', alt: '' } })).toEqual([]);
  });

  it('names the missing alt text once an image is chosen', () => {
    expect(missingRequiredWhenSet([portrait], { portrait: { src: 'foto.jpg' } })).toEqual([
      '„Porträt“: Pflichtfeld „Alternativtext“ fehlt. Bitte ausfüllen oder die ganze Gruppe leeren.',
    ]);
  });

  it('accepts a complete group', () => {
    expect(missingRequiredWhenSet([portrait], { portrait: { src: 'foto.jpg', alt: 'Eine Frau am Schreibtisch.' } })).toEqual([]);
  });

  it('checks groups inside list items and says which item', () => {
    expect(missingRequiredWhenSet([outreach], { outreach: [{ address: { city: 'Kölleda' } }, { address: { street: 'Markt 1' } }] })).toEqual([
      '„Außensprechstunden 2“ › „Anschrift“: Pflichtfeld „Ort“ fehlt. Bitte ausfüllen oder die ganze Gruppe leeren.',
    ]);
  });
});
