/** The four guiding principles of ThINKA. */
import { z } from 'astro/zod';
import { withCmsHint } from './cms';
import { field, plainText } from './fields';

export const LEITLINIE_ICONS = ['aktivierung', 'kooperation', 'nachhaltigkeit', 'integration'] as const;

export const leitlinienSchema = () =>
  z.strictObject({
    title: plainText('Titel', 'Name der Leitlinie, z. B. „Aktivierung“.', 60),
    teaser: plainText('Kurztext', 'Ein Satz, der auf der Startseite und in der Übersicht steht.', 240),
    order: field(z.number().int().min(1).max(20), 'Reihenfolge', 'Position in der Übersicht: 1 steht zuerst.'),
    icon: withCmsHint(field(z.enum(LEITLINIE_ICONS), 'Symbol', 'Das Symbol, das neben der Leitlinie gezeigt wird.'), { optionLabels: 'cms.icon' }),
  });

export type LeitlinieData = z.infer<ReturnType<typeof leitlinienSchema>>;
