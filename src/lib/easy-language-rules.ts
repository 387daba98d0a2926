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

// A comma followed by a word that starts a subordinate or relative clause.
const SUBORDINATE = /,\s*(?:dass|weil|wenn|ob|obwohl|damit|nachdem|bevor|während|sodass|falls|indem|der|die|das|dem|den|deren|dessen|welche[rsmn]?|wo|wie|was)\b/i;
const ABBREVIATION = /(?:^|[\s(])(z\.\s?B\.|u\.\s?a\.|d\.\s?h\.|usw\.|bzw\.|ggf\.|evtl\.|ca\.|etc\.|inkl\.|zzgl\.|Nr\.|Tel\.|Str\.|bspw\.|o\.\s?ä\.)/;
const NUMBER_WORD = /\b(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend)\b/i;

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
  return plainLines(text)
    .flatMap((line) => line.split(/(?<=[.?!:])\s+/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\p{L}/u.test(sentence));
}

const words = (sentence: string) => sentence.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word));

export function checkEasyLanguage(text: string): EasyLanguageFinding[] {
  const findings: EasyLanguageFinding[] = [];
  // Abbreviations end in full stops, so they are looked for in whole lines, before the split into sentences.
  for (const line of plainLines(text)) {
    const abbreviation = ABBREVIATION.exec(line)?.[1];
    if (abbreviation) findings.push({ rule: 'abkuerzung', sentence: line, message: `Abkürzung „${abbreviation}“: Schreiben Sie das Wort aus.` });
  }
  for (const sentence of easySentences(text)) {
    const count = words(sentence).length;
    if (count > MAX_WORDS) findings.push({ rule: 'satzlaenge', sentence, message: `Satz mit ${count} Wörtern (höchstens ${MAX_WORDS}): Teilen Sie ihn in kürzere Sätze.` });
    if (SUBORDINATE.test(sentence)) findings.push({ rule: 'nebensatz', sentence, message: 'Nebensatz: Schreiben Sie zwei Sätze.' });
    const numberWord = NUMBER_WORD.exec(sentence)?.[1];
    if (numberWord) findings.push({ rule: 'zahlwort', sentence, message: `Zahl als Wort („${numberWord}“): Schreiben Sie die Ziffer.` });
  }
  return findings;
}
