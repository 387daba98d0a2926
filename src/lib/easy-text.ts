/**
 * Texts in Leichte Sprache as editors type them in the CMS: plain text with three marks. An empty line starts
 * a new paragraph, "- " at the start of a line makes a list item, and **two stars** mark an explained word.
 * Parsed into blocks the site renders as HTML elements (no HTML from editors ever reaches the page). Pure logic.
 */

/** A piece of a line: plain text, or a word the text explains (shown in bold). */
export interface Inline {
  text: string;
  strong: boolean;
}

export type EasyBlock = { type: 'paragraph'; lines: Inline[][] } | { type: 'list'; items: Inline[][] };

const LIST_ITEM = /^[-*•]\s+/;

/** "Eine **Anlauf·stelle** ist" → plain, strong, plain. Unpaired stars stay as they are. */
export function parseInline(line: string): Inline[] {
  const parts: Inline[] = [];
  const pattern = /\*\*(.+?)\*\*/g;
  let last = 0;
  for (const match of line.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: line.slice(last, match.index), strong: false });
    parts.push({ text: match[1]!, strong: true });
    last = match.index + match[0].length;
  }
  if (last < line.length) parts.push({ text: line.slice(last), strong: false });
  return parts;
}

/** Paragraphs (one line each, as Leichte Sprache puts one sentence per line) and bullet lists. */
export function parseEasyText(text: string): EasyBlock[] {
  const blocks: EasyBlock[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    let paragraph: Inline[][] = [];
    let list: Inline[][] = [];
    const flushParagraph = () => {
      if (paragraph.length > 0) blocks.push({ type: 'paragraph', lines: paragraph });
      paragraph = [];
    };
    const flushList = () => {
      if (list.length > 0) blocks.push({ type: 'list', items: list });
      list = [];
    };
    for (const line of lines) {
      if (LIST_ITEM.test(line)) {
        flushParagraph();
        list.push(parseInline(line.replace(LIST_ITEM, '')));
      } else {
        flushList();
        paragraph.push(parseInline(line));
      }
    }
    flushParagraph();
    flushList();
  }
  return blocks;
}
