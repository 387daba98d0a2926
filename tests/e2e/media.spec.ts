// The media designer's pieces in real Chromium: native players with captions and transcripts,
// responsive photos with a full-size view by keyboard, filters without JavaScript, the feed.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DIST, sitemapPaths } from '../support/built-site';
import { watchPage } from './support/site';

const VIDEO = '/medien/leitlinien-video/';
const AUDIO = '/medien/leitlinien-vorgelesen/';
const SERIES = '/medien/leitlinien-social-media/';
const PHOTO = '/medien/leitlinien-plakat/';
const MEDIA_IDS = readdirSync(join(process.cwd(), 'content/media'));

/** Press Tab until `selector` has focus (at most `limit` times); fails otherwise. */
async function tabTo(page: Page, selector: string, limit = 60) {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector)) return;
  }
  throw new Error(`${selector} ist per Tabulator nicht erreichbar.`);
}

const activeElement = (page: Page) =>
  page.evaluate(() => ({ tag: document.activeElement?.tagName, id: document.activeElement?.id, text: document.activeElement?.textContent?.trim() ?? '' }));

test.describe('video', () => {
  test('plays natively with a poster, no autoplay, and a captions track that loads', async ({ page, request }) => {
    await page.goto(VIDEO);
    const video = page.locator('main video');
    await expect(video).toHaveCount(1);
    await expect(video).toHaveAttribute('controls', '');
    await expect(video).not.toHaveAttribute('autoplay');
    await expect(video).toHaveAttribute('poster', /^\/_astro\/.+\.webp$/);
    await expect(video).toHaveAttribute('width', '1200');
    await expect(video).toHaveAttribute('height', '630');
    await expect(video.locator('source')).toHaveAttribute('type', 'video/mp4');

    const track = video.locator('track[kind="captions"]');
    await expect(track).toHaveAttribute('srclang', 'de');
    await expect(track).toHaveAttribute('default', '');
    // readyState 2 = LOADED: Chromium fetched and parsed the WebVTT file.
    await page.waitForFunction(() => document.querySelector<HTMLTrackElement>('main video track')?.readyState === 2);
    const cues = await page.evaluate(() => {
      const textTrack = document.querySelector('video')!.textTracks[0]!;
      return [...(textTrack.cues ?? [])].map((cue) => (cue as VTTCue).text);
    });
    expect(cues.length).toBeGreaterThan(10);
    expect(cues[0]).toBe('Unsere vier Leitlinien.');

    const vtt = await request.get((await track.getAttribute('src'))!);
    expect(vtt.status()).toBe(200);
    expect(vtt.headers()['content-type']).toMatch(/^text\/vtt/);
    expect((await vtt.text()).startsWith('WEBVTT')).toBe(true);

    // Every caption is part of the transcript.
    const transcript = (await page.locator('#transkript').innerText()).replace(/\s+/g, ' ');
    for (const cue of cues) expect(transcript).toContain(cue);
  });

  test('can be played without any request leaving the site', async ({ page, baseURL }) => {
    const watch = watchPage(page, baseURL!);
    await page.goto(VIDEO);
    const played = await page.evaluate(async () => {
      const video = document.querySelector('video')!;
      video.muted = true;
      await video.play();
      await new Promise((resolve) => setTimeout(resolve, 600));
      video.pause();
      return video.currentTime;
    });
    expect(played).toBeGreaterThan(0);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('offers a text description and the transcript by keyboard', async ({ page }) => {
    await page.goto(VIDEO);
    await tabTo(page, 'a[href="#transkript"]');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#transkript$/);
    expect(await activeElement(page)).toMatchObject({ tag: 'SECTION', id: 'transkript' });
    await expect(page.locator('#transkript')).toBeInViewport();
    await expect(page.locator('#transkript h2')).toHaveText('Transkript');
    await expect(page.locator('#textbeschreibung h2')).toHaveText('Was im Video zu sehen ist');
    await expect(page.locator('main')).toContainText('Dauer: 0:58');
    await expect(page.locator('.th-media__facts a[download][href$=".mp4"]')).toBeVisible();
  });
});

test.describe('audio', () => {
  test('plays natively with transcript, chapters, duration and download', async ({ page, request }) => {
    await page.goto(AUDIO);
    const audio = page.locator('main audio');
    await expect(audio).toHaveAttribute('controls', '');
    await expect(audio).not.toHaveAttribute('autoplay');
    await expect(audio.locator('source')).toHaveAttribute('type', 'audio/mpeg');
    const duration = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const element = document.querySelector('audio')!;
          if (element.readyState >= 1) resolve(element.duration);
          else element.addEventListener('loadedmetadata', () => resolve(element.duration), { once: true });
        }),
    );
    expect(Math.floor(duration)).toBe(57);
    await expect(page.locator('main')).toContainText('Dauer: 0:57');
    await expect(page.locator('.th-chapters li')).toHaveCount(6);
    await expect(page.locator('.th-chapters li').nth(2)).toHaveText('0:14 Kooperation');
    const download = page.locator('.th-media__facts a[download]');
    await expect(download).toHaveAttribute('href', /\.mp3$/);
    await expect(page.locator('.th-media__facts')).toContainText('(MP3, 232 KB)');
    const file = await request.get((await download.getAttribute('href'))!);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('audio/mpeg');

    await tabTo(page, 'a[href="#transkript"]');
    await page.keyboard.press('Enter');
    expect(await activeElement(page)).toMatchObject({ tag: 'SECTION', id: 'transkript' });
    await expect(page.locator('#transkript')).toContainText('Wir setzen durch gezielte Vernetzung auf Kooperation statt Konkurrenz.');
  });
});

test.describe('photos', () => {
  for (const path of [SERIES, PHOTO]) {
    test(`${path} has alt text, modern formats, srcset and fixed dimensions`, async ({ page }) => {
      await page.goto(path);
      const pictures = page.locator('main .th-photos picture');
      const count = await pictures.count();
      expect(count).toBeGreaterThan(0);
      for (const picture of await pictures.all()) {
        const img = picture.locator('img');
        expect((await img.getAttribute('alt'))?.length).toBeGreaterThan(20);
        expect(Number(await img.getAttribute('width'))).toBeGreaterThan(0);
        expect(Number(await img.getAttribute('height'))).toBeGreaterThan(0);
        await expect(img).toHaveAttribute('srcset', /\.jpg \d+w/);
        await expect(picture.locator('source[type="image/avif"]')).toHaveAttribute('srcset', /\.avif 640w, .+\.avif 1200w/);
        await expect(picture.locator('source[type="image/webp"]')).toHaveAttribute('srcset', /\.webp 640w, .+\.webp 1200w/);
        await expect(picture.locator('source').first()).toHaveAttribute('sizes', /rem/);
      }
      // Loaded images fill exactly the box reserved by width and height: nothing jumps.
      for (const img of await page.locator('main .th-photos img').all()) {
        await img.scrollIntoViewIfNeeded();
        await expect.poll(() => img.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)).toBe(true);
        const ratio = await img.evaluate((element: HTMLImageElement) => ({
          box: element.getBoundingClientRect().width / element.getBoundingClientRect().height,
          attributes: Number(element.getAttribute('width')) / Number(element.getAttribute('height')),
          source: element.currentSrc,
        }));
        expect(ratio.box).toBeCloseTo(ratio.attributes, 1);
        expect(ratio.source).toMatch(/\.avif$/);
      }
    });
  }

  for (const javaScriptEnabled of [true, false]) {
    test(`the full-size view opens, pages and closes by keyboard (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(SERIES);
      await tabTo(page, '#bild-2');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/medien\/leitlinien-social-media\/bild-2\/#ansicht$/);
      await expect(page.locator('h1')).toContainText('Bild 2 von 5');
      await expect(page.locator('main img')).toHaveAttribute('alt', /^Leitlinie 1 von 4, Aktivierung/);
      await expect(page.locator('main img')).toBeInViewport();
      await expect.poll(async () => (await activeElement(page)).id).toBe('ansicht');
      // Focus starts at the view: the first Tab reaches "close", then previous and next.
      await page.keyboard.press('Tab');
      expect((await activeElement(page)).text).toBe('Schließen und zurück zum Beitrag');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect((await activeElement(page)).text).toBe('Nächstes Bild');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/bild-3\/#ansicht$/);
      await expect(page.locator('h1')).toContainText('Bild 3 von 5');
      await expect.poll(async () => (await activeElement(page)).id).toBe('ansicht');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      // Closing returns to the piece, with focus back on the image that was open.
      await expect(page).toHaveURL(/\/medien\/leitlinien-social-media\/#bild-3$/);
      // The browser moves focus to the fragment once the page has loaded: wait for it, as above.
      await expect.poll(() => activeElement(page)).toMatchObject({ tag: 'A', id: 'bild-3' });
      await context.close();
    });
  }

  test('the first and last image offer only the ways that exist', async ({ page }) => {
    await page.goto(`${SERIES}bild-1/`);
    await expect(page.locator('.th-pager a[rel="prev"]')).toHaveCount(0);
    await expect(page.locator('.th-pager a[rel="next"]')).toHaveAttribute('href', `${SERIES}bild-2/#ansicht`);
    await page.goto(`${SERIES}bild-5/`);
    await expect(page.locator('.th-pager a[rel="next"]')).toHaveCount(0);
    await page.goto(`${PHOTO}bild-1/`);
    await expect(page.locator('.th-pager a')).toHaveCount(1);
  });
});

test.describe('credits, licence and campaign material', () => {
  for (const id of MEDIA_IDS) {
    test(`/medien/${id}/ names its makers and licence`, async ({ page }) => {
      await page.goto(`/medien/${id}/`);
      const credits = page.locator('.th-credits');
      expect(await credits.locator('dt').count()).toBeGreaterThanOrEqual(2);
      await expect(credits).toContainText('Lizenz');
      await expect(credits.locator('a[rel="license"]')).toHaveAttribute('href', /^https:\/\/creativecommons\.org\//);
    });
  }

  test('the campaign page lists every download of the campaign with format and size', async ({ page, request }) => {
    await page.goto('/medien/kampagne/leitlinien/');
    await expect(page.locator('h1')).toHaveText('Kampagne „Leitlinien“');
    const groups = page.locator('.th-campaign-downloads__piece');
    await expect(groups).toHaveCount(4);
    const links = page.locator('.th-campaign-downloads a[download]');
    expect(await links.count()).toBe(9);
    for (const link of await links.all()) {
      const item = link.locator('xpath=..');
      await expect(item).toContainText(/\((PNG|MP3|MP4|VTT), [\d,]+ (KB|MB)\)/);
      const href = (await link.getAttribute('href'))!;
      expect((await request.head(href)).status(), href).toBe(200);
    }
  });
});

test.describe('filters', () => {
  test('work without JavaScript: each filter is a link to a static page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/medien/');
    const filters = page.getByRole('navigation', { name: 'Beiträge filtern' });
    await expect(filters.locator('a[aria-current="page"]')).toContainText('Alle Beiträge (4)');
    await filters.getByRole('link', { name: /^Audio/ }).click();
    await expect(page).toHaveURL(/\/medien\/art\/audio\/$/);
    await expect(page.locator('h1')).toHaveText('Medien: Audio');
    await expect(page.locator('.th-media-card')).toHaveCount(1);
    await expect(page.locator('.th-media-card h3')).toHaveText('Die vier Leitlinien – vorgelesen');
    await expect(filters.locator('a[aria-current="page"]')).toContainText('Audio (1)');
    await filters.getByRole('link', { name: /^Bilderserie/ }).click();
    await expect(page).toHaveURL(/\/medien\/art\/serie\/$/);
    await filters.getByRole('link', { name: /^2026/ }).click();
    await expect(page).toHaveURL(/\/medien\/jahr\/2026\/$/);
    await expect(page.locator('.th-media-card')).toHaveCount(4);
    await filters.getByRole('link', { name: /^Alle Beiträge/ }).click();
    await expect(page).toHaveURL(/\/medien\/$/);
    await context.close();
  });

  test('exist only for values that occur', () => {
    const paths = sitemapPaths().filter((path) => /^\/medien\/(art|kampagne|jahr|standort)\//.test(path));
    expect(paths.sort()).toEqual(['/medien/art/audio/', '/medien/art/foto/', '/medien/art/serie/', '/medien/art/video/', '/medien/jahr/2026/', '/medien/kampagne/leitlinien/']);
  });
});

test.describe('feed and structured data', () => {
  test('the feed is well-formed RSS 2.0 with absolute URLs, RFC 822 dates and correct enclosures', async ({ page, request }) => {
    const response = await request.get('/medien/feed.xml');
    expect(response.status()).toBe(200);
    const xml = await response.text();
    await page.goto('/medien/');
    const feed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      const error = doc.querySelector('parsererror')?.textContent ?? null;
      const text = (parent: Element, name: string) => [...parent.children].find((child) => child.tagName === name)?.textContent ?? null;
      const channel = doc.documentElement.querySelector(':scope > channel');
      return {
        error,
        root: doc.documentElement.tagName,
        version: doc.documentElement.getAttribute('version'),
        channels: doc.documentElement.querySelectorAll(':scope > channel').length,
        channel: channel && { title: text(channel, 'title'), link: text(channel, 'link'), description: text(channel, 'description'), language: text(channel, 'language') },
        self: doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0]?.getAttribute('href') ?? null,
        items: [...doc.querySelectorAll('channel > item')].map((item) => ({
          title: text(item, 'title'),
          link: text(item, 'link'),
          guid: text(item, 'guid'),
          pubDate: text(item, 'pubDate'),
          description: text(item, 'description'),
          enclosures: [...item.children]
            .filter((child) => child.tagName === 'enclosure')
            .map((enclosure) => ({
              url: enclosure.getAttribute('url'),
              length: enclosure.getAttribute('length'),
              type: enclosure.getAttribute('type'),
            })),
          duration: item.getElementsByTagNameNS('http://www.itunes.com/dtds/podcast-1.0.dtd', 'duration')[0]?.textContent ?? null,
        })),
      };
    }, xml);

    expect(feed.error).toBeNull();
    expect(feed.root).toBe('rss');
    expect(feed.version).toBe('2.0');
    expect(feed.channels).toBe(1);
    expect(feed.channel).toEqual({ title: 'ThINKA – Medien', link: 'https://thinka.de/medien/', description: expect.stringMatching(/.{20,}/), language: 'de-DE' });
    expect(feed.self).toBe('https://thinka.de/medien/feed.xml');
    expect(feed.items).toHaveLength(MEDIA_IDS.length);
    const rfc822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
    for (const item of feed.items) {
      expect(item.title, 'title').toBeTruthy();
      expect(item.description, 'description').toBeTruthy();
      expect(item.link).toMatch(/^https:\/\/thinka\.de\/medien\/[a-z0-9-]+\/$/);
      expect(item.guid).toBe(item.link);
      expect(item.pubDate).toMatch(rfc822);
      expect(new Date(item.pubDate!).getTime()).not.toBeNaN();
      expect(MEDIA_IDS.map((id) => `https://thinka.de/medien/${id}/`)).toContain(item.link);
      expect(item.enclosures.length).toBeLessThanOrEqual(1);
      for (const enclosure of item.enclosures) {
        expect(enclosure.url).toMatch(/^https:\/\/thinka\.de\/media\//);
        const path = new URL(enclosure.url!).pathname;
        // length is the exact file size, type what the server sends.
        expect(Number(enclosure.length)).toBe(statSync(join(DIST, path)).size);
        const file = await request.head(path);
        expect(file.headers()['content-type']).toBe(enclosure.type);
        expect(item.duration).toMatch(/^\d+$/);
      }
    }
    expect(
      feed.items
        .filter((item) => item.enclosures.length === 1)
        .map((item) => item.enclosures[0]!.type)
        .sort(),
    ).toEqual(['audio/mpeg', 'video/mp4']);
  });

  test('media pages announce the feed', async ({ page }) => {
    for (const path of ['/medien/', '/medien/art/audio/', AUDIO, `${SERIES}bild-1/`]) {
      await page.goto(path);
      await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/medien/feed.xml');
    }
  });

  test('each piece describes itself as schema.org VideoObject, AudioObject, ImageObject or ImageGallery', async ({ page }) => {
    const jsonLd = async (path: string) => {
      await page.goto(path);
      return JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;
    };
    const exists = (url: unknown) => statSync(join(DIST, new URL(String(url)).pathname)).isFile();

    const video = await jsonLd(VIDEO);
    expect(video).toMatchObject({ '@type': 'VideoObject', uploadDate: '2026-11-25', duration: 'PT58S', encodingFormat: 'video/mp4', inLanguage: 'de' });
    expect(String(video.transcript)).toContain('Kooperation statt Konkurrenz');
    expect(video.caption).toEqual([expect.objectContaining({ encodingFormat: 'text/vtt', inLanguage: 'de' })]);
    for (const url of [video.contentUrl, video.thumbnailUrl, (video.caption as { contentUrl: string }[])[0]!.contentUrl]) expect(exists(url), String(url)).toBe(true);

    const audio = await jsonLd(AUDIO);
    expect(audio).toMatchObject({ '@type': 'AudioObject', duration: 'PT57S', encodingFormat: 'audio/mpeg' });
    expect(audio.hasPart).toHaveLength(6);
    expect(exists(audio.contentUrl)).toBe(true);

    const gallery = await jsonLd(SERIES);
    expect(gallery['@type']).toBe('ImageGallery');
    const images = gallery.associatedMedia as { contentUrl: string; caption: string; width: number }[];
    expect(images).toHaveLength(5);
    for (const image of images) {
      expect(exists(image.contentUrl)).toBe(true);
      expect(image.caption.length).toBeGreaterThan(5);
      expect(image.width).toBe(1200);
    }

    const photo = await jsonLd(PHOTO);
    expect(photo).toMatchObject({ '@type': 'ImageObject', width: 1200, height: 1697 });
    expect(exists(photo.contentUrl)).toBe(true);
  });
});
