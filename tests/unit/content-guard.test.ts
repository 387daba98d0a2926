import { describe, expect, it } from 'vitest';
import { MAX_NESTING_DEPTH, bodyLineOffset, checkContentBody, formatProblems } from '../../src/lib/content-guard';
import { isSafeLinkTarget } from '../../src/lib/safe-url';
import { toSafeMdx } from '../../src/lib/mdx-body';

const messages = (body: string, file = 'content/pages/seite.mdx') => checkContentBody(body, { file }).map((p) => `${p.line}: ${p.message}`);

describe('checkContentBody: code in content', () => {
  it('accepts plain Markdown, code and the escaped form of code-like text', () => {
    const body = '## Titel\n\n- **fett** und _kursiv_\n- [Link](https://thinka.de/?a=1&b=2)\n\n> Zitat\n\n```js\nconst a = {b};\n<div>\n```\n\nCode: `{x}` und `<b>`';
    expect(checkContentBody(body)).toEqual([]);
    expect(checkContentBody(toSafeMdx('Herz <3, {x}, <script>alert(1)</script>, <img src=x onerror=alert(1)>\nimport x from "y"\nexport const a = 1'))).toEqual([]);
  });

  it.each([
    ['export line', 'Text\n\nexport const x = 1', /^3: Zeilen, die mit „import“ oder „export“ beginnen/],
    ['import line', 'import os from "node:os"', /^1: Zeilen, die mit „import“ oder „export“/],
    ['expression', 'Hallo {process.env.SECRET}', /^1: Geschweifte Klammern/],
    ['flow expression', 'a\n\n{globalThis.x}', /^3: Geschweifte Klammern/],
    ['HTML element', 'Text <script>alert(1)</script>', /^1: Das Element <script> ist in Inhalten nicht erlaubt/],
    ['flow element', '<div>\n\nText\n\n</div>', /^1: Das Element <div>/],
    ['fragment', '<>x</>', /^1: Das Element <>/],
  ])('rejects an %s with its line and a German hint', (_, body, expected) => {
    expect(messages(body)[0]).toMatch(expected);
  });

  it('rejects the code-span trick that the old escaper let through (a longer closing backtick run)', () => {
    const body = "Server: `{process.getBuiltinModule('node:os').hostname() + process.env.X}`` Ende";
    expect(messages(body)).toEqual([expect.stringMatching(/^1: Geschweifte Klammern/)]);
  });

  it('rejects event handlers and expressions on an allowed component', () => {
    const problems = checkContentBody('<Hinweis onClick="alert(1)" title={x} {...y}>a</Hinweis>', { components: ['Hinweis'] });
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('„onClick“ führt Skripte aus'),
      expect.stringContaining('Geschweifte Klammern'),
      expect.stringContaining('Geschweifte Klammern'),
    ]);
    expect(checkContentBody('<Hinweis title="ok">a</Hinweis>', { components: ['Hinweis'] })).toEqual([]);
  });

  it('reports an MDX syntax error in German with its line instead of the parser English alone', () => {
    expect(messages('Zeile eins\n\nMehr unter https://thinka.de/\\<3')).toEqual([expect.stringMatching(/^3: MDX-Syntaxfehler: Der Text lässt sich nicht lesen/)]);
    expect(messages('a {')[0]).toMatch(/^1: MDX-Syntaxfehler/);
  });
});

describe('checkContentBody: links and images', () => {
  it.each([
    ['entity-encoded scheme', '[x](&#106;avascript:alert(1))'],
    ['escaped colon', '[x](javascript\\:alert(1))'],
    ['upper case and spaces', '[x]( JavaScript:alert(1))'],
    ['tab inside the scheme', '[x](<java\tscript:alert(1)>)'],
    ['data URL', '[x](data:text/html,hi)'],
    ['vbscript', '[x](vbscript:msgbox)'],
    ['reference definition', '[x][r]\n\n[r]: javascript:alert(1)'],
    ['unused definition', '[r]: &#x6A;avascript:alert(1)'],
    ['protocol-relative host', '[x](//evil.example/)'],
    ['backslash host', '[x](/\\evil.example/)'],
  ])('rejects a script or foreign link: %s', (_, body) => {
    expect(messages(body)).toEqual([expect.stringMatching(/Der Link „.*“ ist nicht erlaubt/)]);
  });

  it.each([
    ['javascript image', '![x](javascript:alert(1))'],
    ['remote image', '![x](https://tracker.example/p.gif)'],
    ['image leaving content/', '![x](../../../astro.config.png)'],
    ['encoded dots leaving content/', '![x](%2e%2e/%2e%2e/%2e%2e/etc/bild.png)'],
    ['module instead of image', '![x](./skript.mjs)'],
    ['query on an import', '![x](./bild.png?raw)'],
    ['image reference to a script', '![x][r]\n\n[r]: javascript:alert(1)'],
  ])('rejects an unsafe image source: %s', (_, body) => {
    expect(messages(body, 'content/media/beitrag/index.mdx').join('\n')).toMatch(/ist nicht erlaubt/);
  });

  it('accepts web, mail, phone, site and anchor links and images next to the entry', () => {
    const body =
      '[a](https://thinka.de/) [b](http://example.org) [c](mailto:info@example.org) [d](tel:+493641123) [e](/standorte/) [f](#kontakt) [g](../impressum/) [h](?q=1)\n\nhttps://thinka.de/ und www.thinka.de\n\n![Bild](./bild.jpg) ![Logo](/media/logo.png) ![Geteilt](../bilder/foto.webp)';
    expect(checkContentBody(body, { file: 'content/pages/leichte-sprache/seite.mdx' })).toEqual([]);
  });

  it('reads the scheme as a browser does', () => {
    expect(isSafeLinkTarget('\u0001javascript:alert(1)')).toBe(false);
    expect(isSafeLinkTarget('java\nscript:alert(1)')).toBe(false);
    expect(isSafeLinkTarget('HTTPS://thinka.de/')).toBe(true);
    expect(isSafeLinkTarget('standorte/')).toBe(true);
  });
});

describe('checkContentBody: nesting', () => {
  it('stops a deeply nested body before the compiler recurses, and allows ordinary nesting', () => {
    const problems = checkContentBody('- '.repeat(6000) + 'x');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain(`mehr als ${MAX_NESTING_DEPTH} Ebenen`);
    expect(checkContentBody('> '.repeat(30000) + 'x')[0]!.message).toContain('zu tief verschachtelt');
    expect(checkContentBody('- a\n  - b\n    - c\n      - d\n        > **_[e](/x/)_**')).toEqual([]);
  });
});

describe('report helpers', () => {
  it('names the file and the line in the file, after the front matter', () => {
    const file = '---\ntitle: Test\n---\n\nErste Zeile\n\n{x}\n';
    const body = 'Erste Zeile\n\n{x}';
    const offset = bodyLineOffset(file, body);
    expect(offset).toBe(4);
    expect(formatProblems('content/pages/test.mdx', checkContentBody(body), offset)).toEqual([
      expect.stringMatching(/^content\/pages\/test\.mdx, Zeile 7, Spalte 1: Geschweifte Klammern/),
    ]);
  });
});
