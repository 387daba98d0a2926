/** Team profiles of the coordination office and the locations. */
import { z } from 'astro/zod';
import { email, field, languages, phone, plainText, yearMonth } from './fields';
import { describedImage, type ImageHelper } from './image';

export const teamSchema = ({ image }: { image: ImageHelper }) =>
  z.strictObject({
    name: field(z.string().trim().min(1).max(80), 'Name', 'Optional. Leer lassen, wenn die Person nicht namentlich genannt werden möchte.').optional(),
    role: plainText('Funktion', 'Die Aufgabe im Team, z. B. „Projektkoordinator“ oder „Mediengestalter“.', 120),
    area: plainText('Arbeitsbereich', 'Wofür die Person zuständig ist, z. B. „Koordinierungsstelle Jena“.', 120),
    since: yearMonth('Dabei seit', 'Monat und Jahr, seit dem die Person bei ThINKA arbeitet, z. B. 2023-09.').optional(),
    portrait: describedImage(image, 'Porträt', 'Optional: ein Foto der Person, nur mit ihrer Einwilligung.').optional(),
    languages: languages('Sprachen, in denen die Person beraten oder sich verständigen kann.'),
    contact: field(
      z.strictObject({
        email: email().optional(),
        phone: phone().optional(),
      }),
      'Kontakt',
      'Dienstliche Kontaktangaben. Leer lassen, wenn Anfragen über die Koordinierungsstelle laufen sollen.',
    ).default({}),
    order: field(z.number().int().min(0).default(100), 'Reihenfolge', 'Kleinere Zahlen stehen in der Übersicht weiter oben.'),
    summary: plainText('Kurzbeschreibung', 'Ein bis zwei Sätze für die Teamübersicht.', 300),
  });
