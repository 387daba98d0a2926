// /medien/feed.xml: RSS 2.0 feed of all media pieces (audio and video with enclosures).
import type { APIRoute } from 'astro';
import { mediaFeed } from '../../data/media';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('Für den Feed fehlt die Adresse der Website (site in astro.config.mjs).');
  return new Response(await mediaFeed(site), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
