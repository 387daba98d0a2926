// Checkable rules of Leichte Sprache: each rule on its own, then every Leichte-Sprache text shipped in content/.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkEasyLanguage, easySentences, MAX_WORDS } from '../../src/lib/easy-language-rules';

const CONTENT = join(import.meta.dirname, '../../content');
const rulesOf = (text: string) => checkEasyLanguage(text).map((finding) => finding.rule);

describe('Leichte-Sprache rules a program can check', () => {
  it('reads one statement per line and per sentence, without marks, images or link targets', () => {
    expect(easySentences('![Ein Haus.](./haus.svg)\n\nEine **Anlauf·stelle** ist ein Ort. Dort bekommen Sie Beratung.\n- Anrufen.\n## Titel\nHier: [Seite](/standorte/)')).toEqual([
      'Eine Anlauf·stelle ist ein Ort.',
      'Dort bekommen Sie Beratung.',
      'Anrufen.',
      'Titel',
      'Hier:',
      'Seite',
    ]);
  });

  it(`allows ${MAX_WORDS} words in a sentence, not more`, () => {
    const sentence = (count: number) => `${Array.from({ length: count - 1 }, () => 'Wort').join(' ')} Ende.`;
    expect(rulesOf(sentence(MAX_WORDS))).toEqual([]);
    expect(rulesOf(sentence(MAX_WORDS + 1))).toEqual(['satzlaenge']);
  });

  it('finds subordinate and relative clauses after a comma', () => {
    expect(rulesOf('Hier lesen Sie, wie Sie die Anlauf·stelle finden.')).toEqual(['nebensatz']);
    expect(rulesOf('Sie bekommen Hilfe, weil Sie fragen.')).toEqual(['nebensatz']);
    expect(rulesOf('Das ist ein Büro, das Ihnen hilft.')).toEqual(['nebensatz']);
    expect(rulesOf('Wie finden Sie die Anlauf·stelle? Das lesen Sie hier.')).toEqual([]);
    expect(rulesOf('Integration, Nachhaltigkeit, Kooperation und Aktivierung.')).toEqual([]);
    expect(rulesOf('Wenn Sie Hilfe brauchen, rufen Sie an.')).toEqual(['nebensatz']);
    expect(rulesOf('Sie wissen nicht, wofür das Amt da ist.')).toEqual(['nebensatz']);
    expect(rulesOf('Fragen Sie die Menschen, die Sie kennen.')).toEqual(['nebensatz']);
    expect(rulesOf('Wir helfen bei Geld, der Wohnung und der Arbeit.')).toEqual([]);
  });

  it('finds abbreviations and numbers written as words', () => {
    expect(checkEasyLanguage('Zum Beispiel z. B. ein Amt.')[0]).toMatchObject({ rule: 'abkuerzung', message: expect.stringContaining('z. B.') });
    expect(rulesOf('Sie rufen an bzw. gehen hin.')).toEqual(['abkuerzung']);
    expect(checkEasyLanguage('Es gibt zwei Wege.')[0]).toMatchObject({ rule: 'zahlwort', message: expect.stringContaining('zwei') });
    expect(rulesOf('Es gibt 2 Wege. Achten Sie auf die Zeit.')).toEqual([]);
    expect(rulesOf('Z. B. ein Amt.')).toEqual(['abkuerzung']);
    expect(rulesOf('Das kostet dreizehn Euro.')).toEqual(['zahlwort']);
    expect(rulesOf('Es kommen fünfundzwanzig Menschen.')).toEqual(['zahlwort']);
    expect(rulesOf('Zwei Menschen sprechen.')).toEqual(['zahlwort']);
    expect(rulesOf('Geben Sie Acht. Die Elfe ist ein Märchen·wesen. Das Vier·eck hat Ecken.')).toEqual([]);
  });
});

/** Every .mdx file below a folder. */
function mdxFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

function frontmatterAndBody(file: string): { data: Record<string, unknown>; body: string } {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: kein Front Matter gefunden`);
  return { data: (parseYaml(match[1]!) ?? {}) as Record<string, unknown>, body: match[2]! };
}

/** The Leichte-Sprache section's pages, and every entry's "Leichte Sprache" field. */
function easyLanguageTexts(): Array<{ where: string; text: string }> {
  const texts: Array<{ where: string; text: string }> = [];
  for (const file of mdxFiles(CONTENT)) {
    const where = relative(CONTENT, file);
    const { data, body } = frontmatterAndBody(file);
    if (where.startsWith('pages/leichte-sprache/')) texts.push({ where: `${where} (Text)`, text: `${typeof data.title === 'string' ? data.title : ''}\n${body}` });
    if (typeof data.easyLanguage === 'string') texts.push({ where: `${where} (Leichte Sprache)`, text: data.easyLanguage });
  }
  return texts;
}

describe('the Leichte-Sprache texts in content/', () => {
  const texts = easyLanguageTexts();

  it('include the Leichte-Sprache section and the entries that carry a version', () => {
    expect(texts.map((text) => text.where)).toEqual(expect.arrayContaining(['pages/leichte-sprache/index.mdx (Text)', 'pages/ueber-thinka/index.mdx (Leichte Sprache)']));
  });

  it.each(texts.map((text) => [text.where, text.text] as const))('%s follows the checkable rules', (_where, text) => {
    expect(checkEasyLanguage(text).map((finding) => `${finding.message} – „${finding.sentence}“`)).toEqual([]);
  });
});
