import { describe, expect, it } from 'vitest';
import { escapeXml, rfc822Date, rssFeed, type FeedChannel } from '../../src/lib/feed';

const channel: FeedChannel = {
  title: 'ThINKA – Medien',
  link: 'https://thinka.de/medien/',
  selfUrl: 'https://thinka.de/medien/feed.xml',
  description: 'Audio, Video & Fotos',
  language: 'de-DE',
  author: 'ThINKA',
  items: [
    {
      title: 'Ältere <Serie>',
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
      author: 'Sprachausgabe: espeak-ng',
    },
  ],
};

describe('RSS feed', () => {
  it('escapes the five XML specials and drops characters XML forbids', () => {
    expect(escapeXml(`a & b < c > d "e" 'f'\u0007`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
  });

  it('writes RFC 822 dates with a four-digit year in GMT', () => {
    expect(rfc822Date(new Date('2026-11-25T00:00:00Z'))).toBe('Wed, 25 Nov 2026 00:00:00 GMT');
    expect(rfc822Date(new Date('2026-03-01T12:30:05Z'))).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(() => rfc822Date(new Date('kaputt'))).toThrow('Ungültiges Datum');
  });

  it('has the required channel elements and the namespaces it uses', () => {
    const xml = rssFeed(channel);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    expect(xml).toContain('xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"');
    expect(xml).toContain('<title>ThINKA – Medien</title>');
    expect(xml).toContain('<link>https://thinka.de/medien/</link>');
    expect(xml).toContain('<description>Audio, Video &amp; Fotos</description>');
    expect(xml).toContain('<language>de-DE</language>');
    expect(xml).toContain('<atom:link href="https://thinka.de/medien/feed.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain('<lastBuildDate>Wed, 25 Nov 2026 00:00:00 GMT</lastBuildDate>');
    expect(xml.trimEnd().endsWith('</channel>\n</rss>')).toBe(true);
  });

  it('lists items newest first, escaped, with enclosure and duration for audio', () => {
    const xml = rssFeed(channel);
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, body]) => body!);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('<title>Neu: vorgelesen</title>');
    expect(items[0]).toContain('<guid isPermaLink="true">https://thinka.de/medien/vorgelesen/</guid>');
    expect(items[0]).toContain('<enclosure url="https://thinka.de/media/a/b.mp3" length="232370" type="audio/mpeg"/>');
    expect(items[0]).toContain('<itunes:duration>58</itunes:duration>');
    expect(items[1]).toContain('<title>Ältere &lt;Serie&gt;</title>');
    expect(items[1]).toContain('<description>Bilder &quot;mit&quot; Zeichen &amp; Sonderzeichen</description>');
    expect(items[1]).toContain('<category>Leitlinien</category>');
    expect(items[1]).not.toContain('<enclosure');
  });

  it('refuses relative URLs and enclosures without a size', () => {
    expect(() => rssFeed({ ...channel, link: '/medien/' })).toThrow('absolute Adresse');
    expect(() => rssFeed({ ...channel, items: [{ ...channel.items[1]!, enclosure: { url: '/media/a.mp3', length: 1, type: 'audio/mpeg' } }] })).toThrow('absolute Adresse');
    expect(() => rssFeed({ ...channel, items: [{ ...channel.items[1]!, enclosure: { url: 'https://thinka.de/a.mp3', length: 0, type: 'audio/mpeg' } }] })).toThrow('Dateigröße');
  });

  it('is a valid empty feed when nothing is published', () => {
    const xml = rssFeed({ ...channel, items: [] });
    expect(xml).not.toContain('<item>');
    expect(xml).not.toContain('<lastBuildDate>');
  });
});
