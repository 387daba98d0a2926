/** Content in the visitor's language: translations where they exist, German where not (src/schemas/translations.ts). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { hasText, localizedText, type Localized } from '../lib/translation';
import { sortedLeitlinien } from './site';

/** The translation of one entry, or undefined (German pages need none). */
async function translationOf<C extends 'leitlinienTranslations' | 'kurztexteTranslations'>(collection: C, locale: Locale, id: string) {
  if (locale === DEFAULT_LOCALE) return undefined;
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return entries.find((entry) => entry.id === `${locale}/${id}`);
}

export interface LocalizedLeitlinie {
  id: string;
  german: CollectionEntry<'leitlinien'>;
  title: Localized;
  teaser: Localized;
  /** The entry whose body to render: the translation when its body has text, else the German entry. */
  body: CollectionEntry<'leitlinien'> | CollectionEntry<'leitlinienTranslations'>;
  bodyLang: Locale;
}

export async function localizedLeitlinien(locale: Locale): Promise<LocalizedLeitlinie[]> {
  return Promise.all(
    (await sortedLeitlinien()).map(async (german) => {
      const translation = await translationOf('leitlinienTranslations', locale, german.id);
      const translatedBody = translation && hasText(translation.body);
      return {
        id: german.id,
        german,
        title: localizedText(translation?.data.title, german.data.title, locale),
        teaser: localizedText(translation?.data.teaser, german.data.teaser, locale),
        body: translatedBody ? translation : german,
        bodyLang: translatedBody ? locale : DEFAULT_LOCALE,
      };
    }),
  );
}

export interface LocalizedKurztext {
  title: Localized;
  body: CollectionEntry<'kurztexte'> | CollectionEntry<'kurztexteTranslations'>;
  bodyLang: Locale;
}

/** A short text of the start page ("was-ist-thinka") in a language, or undefined when there is no such text. */
export async function localizedKurztext(id: string, locale: Locale): Promise<LocalizedKurztext | undefined> {
  const german = (await getCollection('kurztexte')).find((entry) => entry.id === id);
  if (!german) return undefined;
  const translation = await translationOf('kurztexteTranslations', locale, id);
  const translatedBody = translation && hasText(translation.body);
  return {
    title: localizedText(translation?.data.title, german.data.title, locale),
    body: translatedBody ? translation : german,
    bodyLang: translatedBody ? locale : DEFAULT_LOCALE,
  };
}
