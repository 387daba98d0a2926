import { describe, expect, it } from 'vitest';
import de from '../../src/i18n/de.json';
import { translate } from '../../src/i18n';
import { LANGUAGE_CODES } from '../../src/schemas/fields';
import { CATCHMENT_KINDS, OUTREACH_KINDS, STEP_FREE_VALUES } from '../../src/schemas/standorte';
import { MEDIA_KINDS } from '../../src/schemas/media';

describe('translations', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(translate('de', 'team.since', { date: 'Juli 2021' })).toBe('Bei ThINKA seit Juli 2021');
    expect(translate('de', 'team.since')).toBe('Bei ThINKA seit {date}');
  });

  it('has no empty strings', () => {
    for (const [key, value] of Object.entries(de)) expect(value.trim(), key).not.toBe('');
  });

  it('names every value an editor can choose', () => {
    const keys = new Set(Object.keys(de));
    const expected = [
      ...LANGUAGE_CODES.map((code) => `language.${code}`),
      ...OUTREACH_KINDS.map((kind) => `standorte.outreachKind.${kind}`),
      ...CATCHMENT_KINDS.map((kind) => `standorte.catchmentKind.${kind}`),
      ...STEP_FREE_VALUES.map((value) => `standorte.stepFree.${value}`),
      ...MEDIA_KINDS.map((kind) => `media.kind.${kind}`),
    ];
    for (const key of expected) expect(keys.has(key), key).toBe(true);
  });
});
