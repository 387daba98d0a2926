import { describe, expect, it } from 'vitest';
import { hasUnsafeLink, toSafeMdx } from '../../src/lib/mdx-body';

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

describe('hasUnsafeLink', () => {
  it('finds script links and accepts normal ones', () => {
    expect(hasUnsafeLink('[x](javascript:alert(1))')).toBe(true);
    expect(hasUnsafeLink('[x]( JavaScript:alert(1))')).toBe(true);
    expect(hasUnsafeLink('[x](data:text/html,<b>)')).toBe(true);
    expect(hasUnsafeLink('[x](https://example.org) [y](/standorte/) [z](mailto:a@b.de) [t](tel:+49361)')).toBe(false);
  });
});
