/** One representative page per page type, for the gates that run in a browser (axe, Lighthouse). */
export const REPRESENTATIVE_PAGES = [
  '/', // Startseite
  '/standorte/', // Finder
  '/standorte/artern/', // Anlaufstelle
  '/standorte/orte/altenburg-nord/', // Ortsseite
  '/suche/', // Suche (ohne Anfrage: A–Z-Liste)
  '/medien/leitlinien-video/', // Medienbeitrag mit Video
  '/leitlinien/aktivierung/', // Leitlinie
  '/team/projektkoordination/', // Team
  '/ar/standorte/artern/', // Anlaufstelle in einer übersetzten Sprache, von rechts nach links
  '/leichte-sprache/anlaufstelle/', // Leichte Sprache mit Piktogrammen
  '/gebaerdensprache/', // Gebärdensprache (Video-Platz)
] as const;
