/**
 * Some rules of Leichte Sprache (Netzwerk Leichte Sprache; DIN SPEC 33429) a program can check: short sentences,
 * no subordinate clause, no abbreviation, numbers as digits. The rest needs a person who knows the rules.
 * Pure logic; used by the content tests so a Leichte-Sprache text that breaks a rule is named with its sentence.
 */

export type EasyLanguageRule = 'satzlaenge' | 'nebensatz' | 'abkuerzung' | 'zahlwort';

export interface EasyLanguageFinding {
  rule: EasyLanguageRule;
  sentence: string;
  /** German, for editors. */
  message: string;
}

/** Longest sentence, in words, before it counts as too long (the rules ask for short sentences; 15 leaves room). */
export const MAX_WORDS = 15;

// Word boundaries that know umlauts, ß and the Mediopunkt (JavaScript's \b only knows ASCII letters).
const word = (alternatives: string) => `(?<![\\p{L}\\p{N}·])(?:${alternatives})(?![\\p{L}\\p{N}·])`;

const CONJUNCTIONS = 'dass|weil|wenn|ob|obwohl|damit|nachdem|bevor|während|sodass|falls|indem|wo|wie|was|wofür|warum|womit|wodurch|woran|worauf|wohin|woher';
// A comma followed by a word that starts a subordinate clause.
const SUBORDINATE_AFTER_COMMA = new RegExp(`,\\s*${word(CONJUNCTIONS)}`, 'iu');
// A sentence that starts with its subordinate clause: "Wenn Sie Hilfe brauchen, rufen Sie an."
const SUBORDINATE_FIRST = new RegExp(`^${word(CONJUNCTIONS.replace('|wie|was', ''))}[^,]*,`, 'iu');
// A relative clause: "das Ihnen hilft", "die Sie kennen" – but not a list of nouns ("Geld, der Wohnung").
const RELATIVE = new RegExp(`,\\s*${word('der|die|das|dem|den|deren|dessen|welche[rsmn]?')}\\s+(?:\\p{Ll}|Sie\\b|Ihnen\\b|Ihr)`, 'u');
const ABBREVIATION = new RegExp(
  `(?:^|[\\s(])(z\\.\\s?B\\.|u\\.\\s?a\\.|d\\.\\s?h\\.|usw\\.|bzw\\.|ggf\\.|evtl\\.|ca\\.|etc\\.|inkl\\.|zzgl\\.|Nr\\.|Tel\\.|Str\\.|bspw\\.|o\\.\\s?ä\\.)`,
  'iu',
);
const UNITS = 'ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun';
const NUMBER_WORD = new RegExp(
  word(
    `(?:${UNITS})?(?:und)?(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend)|(?:drei|vier|fünf|sech|sieb|acht|neun)zehn|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf`,
  ),
  'u',
);

/** The text as lines of plain words: images dropped, link targets, bold marks, list marks and heading marks removed. */
function plainLines(text: string): string[] {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ') // images: their alt text is not a sentence of the text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links keep their words
    .replace(/\*\*|__/g, '')
    .replace(/^\s*(?:[-*•]|\d+\.)\s+/gm, '') // list marks
    .replace(/^#+\s+/gm, '') // headings
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /\p{L}/u.test(line));
}

/** The text as sentences: split after . ? ! and : and at line ends (one statement per line). */
export function easySentences(text: string): string[] {
  return sentencesOf(plainLines(text));
}

function sentencesOf(lines: string[]): string[] {
  return lines
    .flatMap((line) => line.split(/(?<=[.?!:])\s+/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\p{L}/u.test(sentence));
}

const words = (sentence: string) => sentence.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word));

export function checkEasyLanguage(text: string): EasyLanguageFinding[] {
  const findings: EasyLanguageFinding[] = [];
  // Abbreviations end in full stops, so they are looked for in whole lines, before the split into sentences.
  const lines = plainLines(text);
  for (const line of lines) {
    const abbreviation = ABBREVIATION.exec(line)?.[1];
    if (abbreviation) findings.push({ rule: 'abkuerzung', sentence: line, message: `Abkürzung „${abbreviation}“: Schreiben Sie das Wort aus.` });
  }
  for (const sentence of sentencesOf(lines)) {
    const count = words(sentence).length;
    if (count > MAX_WORDS) findings.push({ rule: 'satzlaenge', sentence, message: `Satz mit ${count} Wörtern (höchstens ${MAX_WORDS}): Teilen Sie ihn in kürzere Sätze.` });
    if (SUBORDINATE_AFTER_COMMA.test(sentence) || SUBORDINATE_FIRST.test(sentence) || RELATIVE.test(sentence)) {
      findings.push({ rule: 'nebensatz', sentence, message: 'Nebensatz: Schreiben Sie zwei Sätze.' });
    }
    // Number words are lower case ("zwei"); at the start of a sentence they are capitalised, a noun ("Acht") is not meant.
    const numberWord = NUMBER_WORD.exec(sentence.charAt(0).toLowerCase() + sentence.slice(1))?.[0];
    if (numberWord) findings.push({ rule: 'zahlwort', sentence, message: `Zahl als Wort („${numberWord}“): Schreiben Sie die Ziffer.` });
  }
  return findings;
}
