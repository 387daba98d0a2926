import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { rssFeed, type FeedChannel } from '../../src/lib/feed';

const channel: FeedChannel = {
  title: 'ThINKA – Medien',
  link: 'https://thinka.de/medien/',
  selfUrl: 'https://thinka.de/medien/feed.xml',
  description: 'Audio, Video & Fotos',
  language: 'de-DE',
  author: 'ThINKA',
  items: [
    {
      title: 'Ältere <Serie>\u0007',
      link: 'https://thinka.de/medien/serie/',
      description: 'Bilder "mit" Zeichen & Sonderzeichen',
      pubDate: new Date('2026-01-02'),
      categories: ['Fotoserie', 'Leitlinien'],
    },
    {
      title: 'Neu: vorgelesen',
      link: 'https://thinka.de/medien/vorgelesen/',
      description: 'Zum Anhören.',
      pubDate: new Date('2026-11-25'),
      enclosure: { url: 'https://thinka.de/media/a/b.mp3', length: 232370, type: 'audio/mpeg' },
      durationSeconds: 57.99,
      author: 'Sprachausgabe: espeak-ng & Team',
    },
  ],
};

interface Parsed {
  rss: {
    '@_version': string;
    '@_xmlns:atom': string;
    '@_xmlns:itunes': string;
    channel: Record<string, unknown> & { item?: Array<Record<string, unknown>> };
  };
}

/** The feed as a reader sees it, entities decoded (tests/e2e/media.spec.ts checks the built feed with the browser's XML parser). */
async function read(feed: FeedChannel): Promise<Parsed> {
  const xml = await rssFeed(feed);
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category', parseTagValue: false });
  return parser.parse(xml) as Parsed;
}

const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe('RSS feed', () => {
  it('is RSS 2.0 with the channel elements, the namespaces it uses and the dates of the newest item', async () => {
    const { rss } = await read(channel);
    expect(rss['@_version']).toBe('2.0');
    expect(rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    expect(rss['@_xmlns:itunes']).toBe('http://www.itunes.com/dtds/podcast-1.0.dtd');
    expect(rss.channel).toMatchObject({
      title: 'ThINKA – Medien',
      link: 'https://thinka.de/medien/',
      description: 'Audio, Video & Fotos',
      language: 'de-DE',
      'atom:link': { '@_href': 'https://thinka.de/medien/feed.xml', '@_rel': 'self', '@_type': 'application/rss+xml' },
      pubDate: 'Wed, 25 Nov 2026 00:00:00 GMT',
      lastBuildDate: 'Wed, 25 Nov 2026 00:00:00 GMT',
      'itunes:author': 'ThINKA',
      'itunes:explicit': 'false',
    });
  });

  it('lists items newest first, with guid, RFC 822 date, categories, and enclosure, duration and credits for audio', async () => {
    const items = (await read(channel)).rss.channel.item ?? [];
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      title: 'Neu: vorgelesen',
      link: 'https://thinka.de/medien/vorgelesen/',
      guid: { '#text': 'https://thinka.de/medien/vorgelesen/', '@_isPermaLink': 'true' },
      pubDate: 'Wed, 25 Nov 2026 00:00:00 GMT',
      enclosure: { '@_url': 'https://thinka.de/media/a/b.mp3', '@_length': '232370', '@_type': 'audio/mpeg' },
      'itunes:duration': '58',
      'itunes:author': 'Sprachausgabe: espeak-ng & Team',
    });
    expect(items[1]).toMatchObject({
      title: 'Ältere <Serie>',
      description: 'Bilder "mit" Zeichen & Sonderzeichen',
      category: ['Fotoserie', 'Leitlinien'],
    });
    expect(items[1]!.pubDate).toMatch(RFC_822);
    expect(items[1]).not.toHaveProperty('enclosure');
  });

  it('refuses relative URLs, enclosures without a size and impossible dates', async () => {
    await expect(rssFeed({ ...channel, link: '/medien/' })).rejects.toThrow('absolute Adresse');
    const withEnclosure = (url: string, length: number) => rssFeed({ ...channel, items: [{ ...channel.items[1]!, enclosure: { url, length, type: 'audio/mpeg' } }] });
    await expect(withEnclosure('/media/a.mp3', 1)).rejects.toThrow('absolute Adresse');
    await expect(withEnclosure('https://thinka.de/a.mp3', 0)).rejects.toThrow('Dateigröße');
    await expect(rssFeed({ ...channel, items: [{ ...channel.items[0]!, pubDate: new Date('kaputt') }] })).rejects.toThrow('Ungültiges Datum');
  });

  it('is a valid empty feed when nothing is published', async () => {
    const { rss } = await read({ ...channel, items: [] });
    expect(rss.channel.item).toBeUndefined();
    expect(rss.channel).not.toHaveProperty('lastBuildDate');
  });
});
