/**
 * RSS 2.0 feed as a string, podcast-friendly: audio and video items carry an <enclosure>
 * (absolute URL, length in bytes, MIME type) and an itunes:duration.
 * No dependency: the XML is small and every text goes through escapeXml.
 */

export interface FeedEnclosure {
  url: string;
  /** File size in bytes. */
  length: number;
  type: string;
}

export interface FeedItem {
  title: string;
  /** Absolute URL of the item's page; also its permanent guid. */
  link: string;
  description: string;
  pubDate: Date;
  enclosure?: FeedEnclosure | undefined;
  /** Length in seconds, for podcast apps. */
  durationSeconds?: number | undefined;
  categories?: readonly string[] | undefined;
  /** Credits as one line, e.g. "Gestaltung: Website-Team ThINKA". */
  author?: string | undefined;
}

export interface FeedChannel {
  title: string;
  /** Absolute URL of the website section the feed belongs to. */
  link: string;
  /** Absolute URL of the feed itself (atom:link rel="self"). */
  selfUrl: string;
  description: string;
  /** RSS language code, e.g. "de-DE". */
  language: string;
  /** Name shown as author in podcast apps. */
  author: string;
  items: readonly FeedItem[];
}

// Characters XML 1.0 does not allow at all (control characters except tab, newline, carriage return).
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escape text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** RFC 822 date as RSS 2.0 wants it, with a four-digit year: "Wed, 25 Nov 2026 00:00:00 GMT". */
export function rfc822Date(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('Ungültiges Datum im Feed.');
  return date.toUTCString();
}

function absolute(url: string, what: string): string {
  if (!/^https?:\/\/[^/]/.test(url)) throw new Error(`${what} muss eine absolute Adresse sein, nicht „${url}“.`);
  return url;
}

const element = (name: string, text: string, indent: string) => `${indent}<${name}>${escapeXml(text)}</${name}>`;

function itemXml(item: FeedItem): string {
  const indent = '      ';
  const link = absolute(item.link, 'Der Link eines Eintrags');
  const lines = [
    '    <item>',
    element('title', item.title, indent),
    element('link', link, indent),
    `${indent}<guid isPermaLink="true">${escapeXml(link)}</guid>`,
    element('pubDate', rfc822Date(item.pubDate), indent),
    element('description', item.description, indent),
    ...(item.categories ?? []).map((category) => element('category', category, indent)),
  ];
  if (item.enclosure) {
    const { url, length, type } = item.enclosure;
    if (!Number.isInteger(length) || length <= 0) throw new Error(`Die Dateigröße von ${url} fehlt.`);
    lines.push(`${indent}<enclosure url="${escapeXml(absolute(url, 'Die Datei eines Eintrags'))}" length="${length}" type="${escapeXml(type)}"/>`);
  }
  if (item.author) lines.push(element('itunes:author', item.author, indent));
  if (item.durationSeconds !== undefined) lines.push(element('itunes:duration', String(Math.round(item.durationSeconds)), indent));
  lines.push('    </item>');
  return lines.join('\n');
}

/** The whole feed. Items appear newest first; the channel's dates are those of the newest item. */
export function rssFeed(channel: FeedChannel): string {
  const items = [...channel.items].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
  const newest = items[0]?.pubDate;
  const indent = '    ';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">',
    '  <channel>',
    element('title', channel.title, indent),
    element('link', absolute(channel.link, 'Der Link des Feeds'), indent),
    element('description', channel.description, indent),
    element('language', channel.language, indent),
    `${indent}<atom:link href="${escapeXml(absolute(channel.selfUrl, 'Die Adresse des Feeds'))}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [element('pubDate', rfc822Date(newest), indent), element('lastBuildDate', rfc822Date(newest), indent)] : []),
    element('itunes:author', channel.author, indent),
    element('itunes:explicit', 'false', indent),
    ...items.map(itemXml),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
