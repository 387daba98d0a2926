import { describe, expect, it } from 'vitest';
import { parseEasyText, parseInline } from '../../src/lib/easy-text';

describe('Leichte-Sprache texts', () => {
  it('keeps one sentence per line and starts a paragraph at an empty line', () => {
    expect(parseEasyText('ThINKA ist ein Programm.\nThINKA hilft Menschen.\n\nDas ist neu.')).toEqual([
      { type: 'paragraph', lines: [[{ text: 'ThINKA ist ein Programm.', strong: false }], [{ text: 'ThINKA hilft Menschen.', strong: false }]] },
      { type: 'paragraph', lines: [[{ text: 'Das ist neu.', strong: false }]] },
    ]);
  });

  it('makes lines starting with "- " a list, also right after a sentence', () => {
    expect(parseEasyText('Zum Beispiel:\n- Menschen ohne Arbeit.\n- Menschen mit wenig Geld.')).toEqual([
      { type: 'paragraph', lines: [[{ text: 'Zum Beispiel:', strong: false }]] },
      {
        type: 'list',
        items: [[{ text: 'Menschen ohne Arbeit.', strong: false }], [{ text: 'Menschen mit wenig Geld.', strong: false }]],
      },
    ]);
  });

  it('marks explained words and leaves unpaired stars alone', () => {
    expect(parseInline('Eine **Anlauf·stelle** ist ein Büro.')).toEqual([
      { text: 'Eine ', strong: false },
      { text: 'Anlauf·stelle', strong: true },
      { text: ' ist ein Büro.', strong: false },
    ]);
    expect(parseInline('5 * 3')).toEqual([{ text: '5 * 3', strong: false }]);
  });

  it('treats Windows line ends and surrounding spaces like plain ones', () => {
    expect(parseEasyText('  Satz eins.  \r\n\r\n  Satz zwei.')).toHaveLength(2);
    expect(parseEasyText('')).toEqual([]);
  });

  it('never lets HTML through as markup: it stays text', () => {
    expect(parseEasyText('<script>x</script>')).toEqual([{ type: 'paragraph', lines: [[{ text: '<script>x</script>', strong: false }]] }]);
  });
});
