/** Images that Astro optimises, always with a text alternative. */
import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { withCmsHint } from './cms';
import { field } from './fields';

export type ImageHelper = SchemaContext['image'];

export const altText = () =>
  field(
    z.string().trim().min(1, { error: 'Der Alternativtext fehlt. Beschreiben Sie in einem Satz, was auf dem Bild zu sehen ist.' }).max(250),
    'Alternativtext',
    'Beschreiben Sie in einem Satz, was auf dem Bild zu sehen ist – für Menschen, die das Bild nicht sehen können.',
  );

/** An optimised image with required alt text and optional caption and credit. */
export const describedImage = (image: ImageHelper, title: string, description: string) =>
  field(
    z.object({
      src: withCmsHint(field(image(), 'Bilddatei', 'JPG, PNG, WebP oder AVIF, höchstens 10 MB.'), { widget: 'image' }),
      alt: altText(),
      caption: field(z.string().trim().max(300), 'Bildunterschrift', 'Optional: Text, der unter dem Bild steht.').optional(),
    }),
    title,
    description,
  );
