import { describe, expect, it } from 'vitest';
import { groupByLetter, indexLetter } from '../../src/lib/letter-index';

describe('the A–Z index', () => {
  it('files umlauts under their base letter and digits and signs under #', () => {
    expect(indexLetter('Ölsnitz')).toBe('O');
    expect(indexLetter(' Ümpfer')).toBe('U');
    expect(indexLetter('Ärger')).toBe('A');
    expect(indexLetter('„Zitat“')).toBe('#');
    expect(indexLetter('2024 im Rückblick')).toBe('#');
  });

  it('puts # first, then the letters, names in German order within each letter', () => {
    const groups = groupByLetter(['Sömmerda', 'Artern', 'Schleiz', 'Ölsnitz', '3 Fragen', 'Apolda', 'Ärger'], (name) => name);
    expect(groups).toEqual([
      { letter: '#', slug: '0', items: ['3 Fragen'] },
      { letter: 'A', slug: 'a', items: ['Apolda', 'Ärger', 'Artern'] },
      { letter: 'O', slug: 'o', items: ['Ölsnitz'] },
      { letter: 'S', slug: 's', items: ['Schleiz', 'Sömmerda'] },
    ]);
  });

  it('orders equal names by the tie-break, e.g. two places of one name by district', () => {
    const places = [
      { name: 'Neustadt', district: 'Saale-Orla-Kreis' },
      { name: 'Neustadt', district: 'Eichsfeld' },
    ];
    const [group] = groupByLetter(
      places,
      (place) => place.name,
      (a, b) => a.district.localeCompare(b.district, 'de'),
    );
    expect(group!.items.map((place) => place.district)).toEqual(['Eichsfeld', 'Saale-Orla-Kreis']);
  });
});
