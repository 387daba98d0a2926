/**
 * Place names as people type them: Latin with or without umlauts, Cyrillic (transliterated to German
 * spelling) and Arabic script (letters that are often written in several ways unified), plus the
 * names of Thuringia's main towns in Russian, Ukrainian, Arabic and Persian.
 */
import { normalizeSearchText } from './finder';

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'w',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'je',
  ё: 'jo',
  ж: 'sch',
  з: 's',
  и: 'i',
  і: 'i',
  ї: 'ji',
  й: 'j',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'z',
  ч: 'tsch',
  ш: 'sch',
  щ: 'schtsch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'ju',
  я: 'ja',
};

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const CYRILLIC_SCRIPT = /[\u0400-\u04FF]/;

/** Cyrillic letters in German spelling: "Эрфурт" → "Erfurt", "Веймар" → "Weimar", "Гера" → "Gera". */
export function transliterateCyrillic(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u0400-\u04FF]/g, (letter) => CYRILLIC[letter] ?? letter)
    .replace(/([ae])j(?![aeiou])/g, '$1i');
}

/** Arabic and Persian spellings unified: hamza forms of alef, ya/kaf variants, short vowels and tatweel removed. */
export function normalizeArabic(text: string): string {
  return text
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[ىی]/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/ة/g, 'ه')
    .replace(/[گجق]/g, 'غ')
    .replace(/[^\u0600-\u06FF0-9]+/g, ' ')
    .trim();
}

/** The comparison key of any typed name: Arabic script stays Arabic (unified), everything else becomes folded Latin. */
export function placeKey(text: string): string {
  if (ARABIC_SCRIPT.test(text)) return normalizeArabic(text);
  return normalizeSearchText(CYRILLIC_SCRIPT.test(text) ? transliterateCyrillic(text) : text);
}

/**
 * Thuringia's main towns (kreisfreie Städte, district seats and the towns with an Anlaufstelle) in
 * Russian, Ukrainian, Arabic and Persian spelling. Keys are names as in the gazetteer.
 */
export const PLACE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  Erfurt: ['Эрфурт', 'Ерфурт', 'إرفورت', 'ارفورت'],
  Jena: ['Йена', 'Єна', 'Иена', 'ينا', 'يينا', 'ینا'],
  Gera: ['Гера', 'غيرا', 'گرا', 'جيرا'],
  Weimar: ['Веймар', 'Ваймар', 'فايمار', 'وايمار', 'ویمار'],
  Suhl: ['Зуль', 'زول', 'سول'],
  Eisenach: ['Айзенах', 'آيزناخ', 'ايزناخ', 'آیزناخ'],
  Gotha: ['Гота', 'غوتا', 'گوتا'],
  Nordhausen: ['Нордхаузен', 'Нордгаузен', 'نوردهاوزن'],
  'Mühlhausen/Thüringen': ['Мюльхаузен', 'Мюльгаузен', 'مولهاوزن', 'مولهاوسن'],
  Altenburg: ['Альтенбург', 'ألتنبورغ', 'آلتنبورگ'],
  Ilmenau: ['Ильменау', 'Ільменау', 'إلميناو', 'ايلمناو'],
  Arnstadt: ['Арнштадт', 'أرنشتات', 'آرنشتات'],
  'Saalfeld/Saale': ['Заальфельд', 'Зальфельд', 'زالفيلد', 'زالفلد'],
  Rudolstadt: ['Рудольштадт', 'Рудольштат', 'رودولشتات'],
  Sondershausen: ['Зондерсхаузен', 'Зондерсгаузен', 'زوندرسهاوزن'],
  Sonneberg: ['Зоннеберг', 'زونبرغ', 'زونبرگ'],
  Sömmerda: ['Зёммерда', 'Земмерда', 'زومردا'],
  Meiningen: ['Майнинген', 'Майнінген', 'ماينينغن'],
  Schmalkalden: ['Шмалькальден', 'شمالكالدن'],
  'Bad Salzungen': ['Бад-Зальцунген', 'Бад Зальцунген', 'باد زالتسونغن', 'باد سالزونغن'],
  Greiz: ['Грайц', 'غرايتس'],
  Apolda: ['Апольда', 'أبولدا'],
  Hildburghausen: ['Хильдбургхаузен', 'Гільдбурггаузен', 'هيلدبورغهاوزن'],
  Artern: ['Артерн', 'أرترن'],
  'Heilbad Heiligenstadt': ['Хайлигенштадт', 'Гайлігенштадт', 'هايليغنشتات'],
  'Leinefelde-Worbis': ['Лайнефельде-Ворбис', 'Лайнефельде', 'لاينفلده'],
  'Bad Frankenhausen': ['Бад-Франкенхаузен', 'Франкенхаузен', 'باد فرانكنهاوزن'],
  'Bad Lobenstein': ['Бад-Лобенштайн', 'باد لوبنشتاين'],
  Schleiz: ['Шлайц', 'شلايتس'],
  Eisenberg: ['Айзенберг', 'آيزنبرغ'],
  Kölleda: ['Кёлледа', 'Келледа', 'كوليدا'],
  'Heringen/Helme': ['Херинген', 'Герінген', 'هيرينغن'],
};

/** Names of the whole Land: a search for them must not fuzzy-match a town such as Heringen. */
export const STATE_NAMES: readonly string[] = [
  'Thüringen',
  'Thueringen',
  'Freistaat Thüringen',
  'Thuringia',
  'Тюрингия',
  'Тюрінгія',
  'Тюрингія',
  'تورينغن',
  'تورنغن',
  'تورینگن',
  'تورينجيا',
];

/**
 * Large places near or far outside Thuringia that people may type: they get "not in Thuringia" instead of
 * a Thuringian place that merely begins alike (Berlin → Berlingerode).
 */
export const OUTSIDE_PLACES: readonly string[] = [
  'Berlin',
  'Hamburg',
  'München',
  'Köln',
  'Frankfurt',
  'Frankfurt am Main',
  'Stuttgart',
  'Düsseldorf',
  'Dortmund',
  'Essen',
  'Leipzig',
  'Dresden',
  'Chemnitz',
  'Zwickau',
  'Plauen',
  'Halle',
  'Halle (Saale)',
  'Magdeburg',
  'Naumburg',
  'Sangerhausen',
  'Kassel',
  'Göttingen',
  'Fulda',
  'Eschwege',
  'Coburg',
  'Hof',
  'Bamberg',
  'Nürnberg',
  'Würzburg',
  'Hannover',
  'Bremen',
  'Potsdam',
  'Rostock',
  'Schwerin',
  'Kiel',
  'Mainz',
  'Wiesbaden',
  'Saarbrücken',
  'Wien',
  'Kyiv',
  'Kiew',
  'Damaskus',
  'Kabul',
];

/** Words before a name that say what kind of place it is; they are removed before matching. */
export const DISTRICT_WORDS = new Set(['landkreis', 'lk', 'lkr', 'kreis', 'landkr']);
export const TOWN_WORDS = new Set(['stadt', 'kreisfreie', 'gemeinde', 'landgemeinde', 'ortsteil', 'ot', 'stadtteil', 'in', 'bei', 'im', 'plz']);
