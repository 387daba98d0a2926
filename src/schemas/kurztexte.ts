/**
 * Short texts shown on the start page in every language, e.g. "Was ist ThINKA?". The German text is the
 * source (content/kurztexte/de/); translations sit beside it (content/kurztexte/<code>/), edited side by
 * side in the CMS. Only restate what the German pages already say.
 */
import { z } from 'astro/zod';
import { plainText } from './fields';

export const kurztexteSchema = () =>
  z.strictObject({
    title: plainText('Überschrift', 'Die Überschrift des Kurztextes, z. B. „Was ist ThINKA?“.', 80),
  });
