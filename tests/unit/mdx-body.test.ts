import { describe, expect, it } from 'vitest';
import { toSafeMdx, unbuildableImageSources } from '../../src/lib/mdx-body';

describe('toSafeMdx', () => {
  it('escapes braces and angle brackets in prose', () => {
    expect(toSafeMdx('Herz <3 und {} und a < b')).toBe('Herz \\<3 und \\{\\} und a \\< b');
    expect(toSafeMdx('<script>alert(1)</script>')).toBe('\\<script>alert(1)\\</script>');
    expect(toSafeMdx('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)>');
  });

  it('neutralises import and export at the start of a line only', () => {
    expect(toSafeMdx("import x from 'y'")).toBe("&#105;mport x from 'y'");
    expect(toSafeMdx('export const a = 1')).toBe('&#101;xport const a = 1');
    expect(toSafeMdx('Wir importieren nichts. import bleibt hier')).toBe('Wir importieren nichts. import bleibt hier');
    expect(toSafeMdx('important')).toBe('important');
  });

  it('leaves code spans and fenced code blocks alone', () => {
    expect(toSafeMdx('Code: `{x} <b>` und {y}')).toBe('Code: `{x} <b>` und \\{y\\}');
    const fenced = '```\n<div>{x}</div>\nimport a\n```\n{nach}';
    expect(toSafeMdx(fenced)).toBe('```\n<div>{x}</div>\nimport a\n```\n\\{nach\\}');
  });

  it('keeps characters the editor already escaped and is idempotent', () => {
    const typed = 'a \\< b, \\{x\\}, <3, {}, `{}`';
    const once = toSafeMdx(typed);
    expect(once).toBe('a \\< b, \\{x\\}, \\<3, \\{\\}, `{}`');
    expect(toSafeMdx(once)).toBe(once);
  });

  it('turns autolinks into ordinary links', () => {
    expect(toSafeMdx('Siehe <https://thinka.de/> oder <mailto:info@example.org>')).toBe(
      'Siehe [https://thinka.de/](https://thinka.de/) oder [mailto:info@example.org](mailto:info@example.org)',
    );
  });

  it('keeps ordinary Markdown untouched', () => {
    const markdown = '## Überschrift\n\n- **fett** und _kursiv_\n- [Link](https://example.org/?a=1&b=2)\n\n> Zitat';
    expect(toSafeMdx(markdown)).toBe(markdown);
  });
});

// The cases where the escaper used to disagree with MDX's parser (issue 13): each output must read as the text typed.
describe('toSafeMdx follows MDX on code and addresses', () => {
  it('closes a code span only with a backtick run of the same length', () => {
    const typed = 'Server: `{process.env.X}`` Ende';
    expect(toSafeMdx(typed)).toBe('Server: `\\{process.env.X\\}`` Ende');
    expect(toSafeMdx('a ``x ` {y} `` {z}')).toBe('a ``x ` {y} `` \\{z\\}');
  });

  it('follows a code span across the lines of one paragraph, not across blocks', () => {
    expect(toSafeMdx('a `b\nc` {x} `d`')).toBe('a `b\nc` \\{x\\} `d`');
    expect(toSafeMdx('- a `b\n- {x}` c')).toBe('- a `b\n- \\{x\\}` c');
    expect(toSafeMdx('a `b\n\n{x}` c')).toBe('a `b\n\n\\{x\\}` c');
  });

  it('does not take a line with a backtick in its info string for a fence', () => {
    expect(toSafeMdx('``` a`b\n{x}')).toBe('``` a`b\n\\{x\\}');
    expect(toSafeMdx('~~~ a`b\n{x}\n~~~')).toBe('~~~ a`b\n{x}\n~~~');
  });

  it('ends a fence at a closing line indented any amount, as MDX does', () => {
    expect(toSafeMdx('```\n{x}\n    ```\n{y}')).toBe('```\n{x}\n    ```\n\\{y\\}');
    expect(toSafeMdx('```\n{x}\n``` nicht zu\n{y}\n```')).toBe('```\n{x}\n``` nicht zu\n{y}\n```');
  });

  it('keeps an address followed by "<" as text that shows as typed', () => {
    expect(toSafeMdx('Mehr unter https://thinka.de/<3')).toBe('Mehr unter https\\:\\/\\/thinka\\.de\\/\\<3');
    expect(toSafeMdx('https://thinka.de/a{b}')).toBe('https\\:\\/\\/thinka\\.de\\/a\\{b\\}');
    expect(toSafeMdx('Siehe https://thinka.de/standorte/ und www.thinka.de.')).toBe('Siehe https://thinka.de/standorte/ und www.thinka.de.');
  });
});

describe('toSafeMdx keeps script links as text', () => {
  it.each([
    ['[x](javascript:alert(1))', '[x]\\(javascript:alert(1))'],
    ['[x](&#106;avascript:alert(1))', '[x]\\(&#106;avascript:alert(1))'],
    ['[x](javascript\\:alert(1))', '[x]\\(javascript\\:alert(1))'],
    ['![x](javascript:alert(1))', '![x]\\(javascript:alert(1))'],
    ['[x][r]\n\n[r]: javascript:alert(1)', '[x][r]\n\n[r]\\: javascript:alert(1)'],
    ['[{]: javascript:x', '[\\{]\\: javascript:x'],
    ['![x](bilder/../../geheim.png)', '![x]\\(bilder/../../geheim.png)'],
  ])('%s', (typed, stored) => {
    expect(toSafeMdx(typed)).toBe(stored);
  });

  it('leaves web, mail, phone and site links and images next to the entry as links', () => {
    const typed = '[a](https://thinka.de/) [b](mailto:info@example.org) [c](tel:+493641) [d](/standorte/) ![e](./bild.jpg)';
    expect(toSafeMdx(typed)).toBe(typed);
  });

  it('keeps a pictogram from a shared folder beside the entries (../bilder/) as an image', () => {
    // The Leichte-Sprache pages share content/pages/leichte-sprache/bilder/; a save in the CMS had turned each into text.
    const typed = '![Ein Haus mit einer Tür.](../bilder/haus.svg)\n\nEine **Anlauf·stelle** ist ein Ort für Beratung.';
    expect(toSafeMdx(typed)).toBe(typed);
  });
});

describe('unbuildableImageSources', () => {
  const file = 'content/pages/leichte-sprache/anlaufstelle/index.mdx';

  it('accepts images beside the entry, in a shared folder inside content/ and on the site', () => {
    expect(unbuildableImageSources('![a](./bild.jpg) ![b](../bilder/haus.svg) ![c](/media/logo.png) ![d](<../bilder/zwei wörter.svg>)', file)).toEqual([]);
  });

  it('names images that leave content/, scripts and images that are text', () => {
    expect(unbuildableImageSources('![a](../../../../astro.config.png) ![b](javascript:alert(1)) ![c]\\(../../../../x.png)', file)).toEqual([
      '../../../../astro.config.png',
      'javascript:alert(1',
    ]);
  });
});
