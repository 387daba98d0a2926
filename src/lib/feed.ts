/**
 * RSS 2.0 feed, written by @astrojs/rss and podcast-friendly: audio and video items carry an <enclosure>
 * (absolute URL, length in bytes, MIME type) and an itunes:duration.
 */
import { getRssString } from '@astrojs/rss';

export interface FeedItem {
  title: string;
  /** Absolute URL of the item's page; also its permanent guid. */
  link: string;
  description: string;
  pubDate: Date;
  /** The file of an audio or video piece; length in bytes. */
  enclosure?: { url: string; length: number; type: string } | undefined;
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

const NAMESPACES = { atom: 'http://www.w3.org/2005/Atom', itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd' };

// Characters XML 1.0 does not allow (control characters except tab, line feed, carriage return) make a feed unreadable.
const NOT_XML = /(?![\t\n\r])[\p{Cc}\uFFFE\uFFFF]/gu;
const xmlText = (text: string) => text.replace(NOT_XML, '');

/** Elements the library has no option for go in as XML text (customData), escaped here. */
const escaped = (text: string) => xmlText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const element = (name: string, text: string) => `<${name}>${escaped(text)}</${name}>`;

function absolute(url: string, what: string): string {
  if (!/^https?:\/\/[^/]/.test(url)) throw new Error(`${what} muss eine absolute Adresse sein, nicht „${url}“.`);
  return url;
}

function validDate(date: Date): Date {
  if (Number.isNaN(date.getTime())) throw new Error('Ungültiges Datum im Feed.');
  return date;
}

function itemOf(item: FeedItem) {
  const { enclosure } = item;
  if (enclosure && (!Number.isInteger(enclosure.length) || enclosure.length <= 0)) throw new Error(`Die Dateigröße von ${enclosure.url} fehlt.`);
  return {
    title: xmlText(item.title),
    link: absolute(item.link, 'Der Link eines Eintrags'),
    description: xmlText(item.description),
    pubDate: validDate(item.pubDate),
    categories: (item.categories ?? []).map(xmlText),
    ...(enclosure ? { enclosure: { ...enclosure, url: absolute(enclosure.url, 'Die Datei eines Eintrags') } } : {}),
    customData: [
      ...(item.author ? [element('itunes:author', item.author)] : []),
      ...(item.durationSeconds !== undefined ? [element('itunes:duration', String(Math.round(item.durationSeconds)))] : []),
    ].join(''),
  };
}

/** The whole feed. Items appear newest first; the channel's dates are those of the newest item. */
export async function rssFeed(channel: FeedChannel): Promise<string> {
  const items = [...channel.items].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
  const newest = items[0] && validDate(items[0].pubDate).toUTCString();
  return await getRssString({
    title: xmlText(channel.title),
    description: xmlText(channel.description),
    site: absolute(channel.link, 'Der Link des Feeds'),
    xmlns: NAMESPACES,
    customData: [
      element('language', channel.language),
      `<atom:link href="${escaped(absolute(channel.selfUrl, 'Die Adresse des Feeds'))}" rel="self" type="application/rss+xml"/>`,
      ...(newest ? [element('pubDate', newest), element('lastBuildDate', newest)] : []),
      element('itunes:author', channel.author),
      element('itunes:explicit', 'false'),
    ].join(''),
    items: items.map(itemOf),
  });
}
