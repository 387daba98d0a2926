// Components rendered with Astro's Container API: the DGS video slot and the Leichte-Sprache section.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import EasyLanguageSection from '../../src/components/EasyLanguageSection.astro';
import SignLanguageVideo from '../../src/components/SignLanguageVideo.astro';

const VIDEO = '/media/leitlinien-video/thinka-leitlinien-video.mp4';
const CAPTIONS = '/media/leitlinien-video/thinka-leitlinien-video.de.vtt';

describe('the DGS video slot', () => {
  it('plays the self-hosted video with German captions on by default and offers both files for download', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(SignLanguageVideo, { props: { video: { video: VIDEO, captions: CAPTIONS } } });
    expect(html).toMatch(/<video controls preload="metadata"/);
    expect(html).not.toMatch(/autoplay/);
    expect(html).toContain(`<source src="${VIDEO}" type="video/mp4">`);
    expect(html).toMatch(new RegExp(`<track kind="captions" src="${CAPTIONS}" srclang="de" label="Deutsch \\(Untertitel\\)" default`));
    expect(html).toMatch(new RegExp(`<a href="${VIDEO}" download>Video in Gebärdensprache herunterladen</a>`));
    expect(html).toMatch(new RegExp(`<a href="${CAPTIONS}" download>Untertitel herunterladen</a>`));
  });
});

describe('the Leichte-Sprache section', () => {
  it("renders paragraphs, lists and explained words as HTML elements, never the editor's markup", async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(EasyLanguageSection, {
      props: { text: 'Eine **Anlauf·stelle** ist ein Büro.\nDort bekommen Sie Beratung.\n\n- Anrufen.\n- Hingehen.\n\n<b>kein HTML</b>' },
    });
    expect(html).toContain('id="leichte-sprache"');
    expect(html).toContain('<h2 id="leichte-sprache-titel">In Leichter Sprache</h2>');
    // Whitespace between elements is the container's (uncompressed) formatting.
    expect(html.replace(/\s+/g, ' ')).toContain('Eine <strong>Anlauf·stelle</strong> ist ein Büro. <br> Dort bekommen Sie Beratung.');
    expect(html).toContain('<li>Anrufen.</li>');
    expect(html).toContain('&lt;b&gt;kein HTML&lt;/b&gt;');
  });
});
