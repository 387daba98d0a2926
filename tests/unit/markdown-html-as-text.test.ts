import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkContentBody } from '../../src/lib/content-guard';
import { htmlAsText } from '../../src/lib/markdown-html-as-text';

const render = (body: string) => markdownToHtml(body, { features: { gfm: true, smartPunctuation: false }, mdastPlugins: [htmlAsText] }).html;

// A fence indented four spaces is code to MDX (the guard lets "<script>" inside pass) but paragraph text to CommonMark.
const DIVERGENT = 'Vor dem Zaun\n    ```\n<script>alert(1)</script>\n[klick](javascript:alert(1)) ![Spur](https://example.com/s.png) [v][r]\n\n[r]: javascript:alert(2)\n    ```\n';

describe('htmlAsText (Markdown rendering of content bodies)', () => {
  it('is needed: the guard accepts a body that plain CommonMark turns into a script', () => {
    expect(checkContentBody(DIVERGENT, { file: 'content/team/x.mdx' })).toEqual([]);
    expect(markdownToHtml(DIVERGENT, { features: { gfm: true } }).html).toContain('<script>alert(1)</script>');
  });

  it('renders raw HTML, script links, their definitions and images from elsewhere as text', () => {
    const html = render(`${DIVERGENT}\n<b>fett</b> und ![Bild](//example.com/b.png)`);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;fett&lt;/b&gt;');
    expect(html).not.toMatch(/<(script|b|img)\b/);
    expect(html).not.toMatch(/javascript:|example\.com/);
  });

  it('leaves what the site allows alone: web, mail, phone and own links, local images, references', () => {
    const html = render('[a](https://thinka.de) [b](/standorte/) [c](mailto:info@example.org) [d](tel:+493641) ![e](./bild.png) [f][g]\n\n[g]: /kontakt/\n');
    expect(html).toBe(
      '<p><a href="https://thinka.de">a</a> <a href="/standorte/">b</a> <a href="mailto:info@example.org">c</a> <a href="tel:+493641">d</a> <img src="./bild.png" alt="e"> <a href="/kontakt/">f</a></p>\n',
    );
  });
});
