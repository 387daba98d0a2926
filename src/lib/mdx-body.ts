/**
 * Makes Markdown that editors type safe to store as MDX, so it builds and shows as typed.
 *
 * In MDX, "{" starts an expression, "<" starts JSX or HTML and a line beginning with
 * "import"/"export" is JavaScript. Escaping them turns all of it into plain text: no
 * editor input can break the build or put a script or event handler on a page.
 * Code spans and fenced code blocks stay untouched: MDX shows their content literally.
 * The rules for code follow MDX's parser (satteri), not CommonMark: a fence may be indented
 * any amount and so may its closing line. The build checks the result again
 * (src/lib/content-guard.ts), so a case this misses fails the build instead of running.
 */
import { decodeDestination, isSafeImageSource, isSafeLinkTarget } from './safe-url.ts';

/** A fence line: indentation, the marker run, the rest (info string or nothing). */
const FENCE = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const AUTOLINK = /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/;
const SPECIAL = new Set(['{', '}', '<']);
/** Where a GFM literal autolink starts; inside one, MDX shows "\" and "{" literally. */
const LITERAL_URL = /(?:https?:\/\/|www\.)/iy;
/** Characters that need escaping but would be swallowed by a literal autolink. */
const URL_TROUBLE = /[{}<\\`]/;
/** Quote markers in front of a line: they do not belong to the paragraph's text. */
const QUOTE_PREFIX = /^(?: {0,3}>[ \t]?)*/;
/** A line that starts a new block and so ends the paragraph before it (heading, list, quote, rule, table). */
const BLOCK_START = /^[ \t]*(?:#{1,6}(?:[ \t]|$)|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|>|(?:[-*_=][ \t]*){3,}$)/;
/** The delimiter row under a table's header (GFM): from here on every row is read on its own. */
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** True when the character at `index` is already escaped by an odd run of backslashes. */
function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i -= 1) backslashes += 1;
  return backslashes % 2 === 1;
}

/** The end of the code span opened by the backtick run at `start` (length `length`), or -1: a run of exactly that length closes it. */
function codeSpanEnd(text: string, start: number, length: number): number {
  let i = start + length;
  while (i < text.length) {
    const next = text.indexOf('`', i);
    if (next === -1) return -1;
    let end = next;
    while (text[end] === '`') end += 1;
    if (end - next === length) return end;
    i = end;
  }
  return -1;
}

/**
 * The raw destination after "(" at `start`, without the title, read as MDX reads the stored text: a "<" is escaped
 * there, so the "<…>" form never reaches MDX and is not special here either.
 */
function destinationAt(text: string, start: number): string {
  let i = start;
  while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n') i += 1;
  let depth = 0;
  const from = i;
  for (; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === '\\') i += 1;
    else if (/\s/.test(char)) break;
    else if (char === '(') depth += 1;
    else if (char === ')') {
      if (depth === 0) break;
      depth -= 1;
    }
  }
  return text.slice(from, i);
}

/** A link or image target that may not be built: it stays text. Undecodable targets count as unsafe. */
function isUnsafeTarget(raw: string, image: boolean): boolean {
  const target = decodeDestination(raw);
  if (target === undefined) return true;
  return image ? !isSafeImageSource(target) : !isSafeLinkTarget(target);
}

/** A reference definition ("[name]: target") at the start of a line: the length up to its colon, or 0. */
const DEFINITION = /^ {0,3}\[(?:[^\\\]]|\\.)+\]:/;

/** Escape one paragraph of prose (lines joined by "\n"), leaving inline code spans as they are. */
function escapeProse(text: string): string {
  let out = '';
  let i = 0;
  let lineStart = true;
  // Open "[" of links and images ("![") on this paragraph, innermost last.
  const brackets: boolean[] = [];
  let colonToEscape = -1;
  while (i < text.length) {
    const char = text[i]!;
    if (lineStart) {
      lineStart = false;
      const prefix = QUOTE_PREFIX.exec(text.slice(i))![0];
      out += prefix;
      i += prefix.length;
      // A line that starts with import/export would be read as JavaScript; a character reference keeps the word.
      const definition = DEFINITION.exec(text.slice(i));
      if (definition && isUnsafeTarget(/^[ \t]*(\S*)/.exec(text.slice(i + definition[0].length))![1]!, false)) {
        // A definition with a script target becomes text: its colon escaped, no link can use it.
        colonToEscape = i + definition[0].length - 1;
      }
      const word = /^(?:im|ex)port\b/.exec(text.slice(i));
      if (word && !/^[ \t]/.test(text.slice(i - prefix.length, i))) {
        out += `&#${word[0].charCodeAt(0)};${word[0].slice(1)}`;
        i += word[0].length;
      }
      continue;
    }
    if (char === '\n') {
      out += char;
      i += 1;
      lineStart = true;
      continue;
    }
    if (i === colonToEscape) {
      out += '\\:';
      i += 1;
      continue;
    }
    // Whether a mark is escaped depends on the output, which MDX reads, not on the input.
    const escaped = isEscaped(`${out}${char}`, out.length);
    if (char === '`' && !escaped) {
      let run = i;
      while (text[run] === '`') run += 1;
      const end = codeSpanEnd(text, i, run - i);
      const upto = end === -1 ? run : end;
      out += text.slice(i, upto);
      if (end !== -1) lineStart = false;
      i = upto;
      continue;
    }
    if (char === '[' && !escaped) brackets.push(out.endsWith('!') && !isEscaped(out, out.length - 1));
    if (char === ']' && !escaped && brackets.length > 0) {
      const image = brackets.pop()!;
      if (text[i + 1] === '(' && isUnsafeTarget(destinationAt(text, i + 2), image)) {
        // "[x](javascript:…)" stays text: with "(" escaped it is no link.
        out += ']\\(';
        i += 2;
        continue;
      }
    }
    if (char === '<' && !escaped) {
      const autolink = AUTOLINK.exec(text.slice(i));
      // With a "{", "}", "\\" or "`" in the address, the link text would be a literal autolink that needs breaking up
      // (below): then the "<" is escaped and the address stays text, so escaping twice changes nothing.
      if (autolink && !URL_TROUBLE.test(autolink[1]!)) {
        // An autolink would need "<"; a normal link shows the same address.
        out += `[${autolink[1]}](${autolink[1]})`;
        i += autolink[0].length;
        continue;
      }
    }
    const link = literalAutolink(text, i);
    if (link) {
      // A literal autolink runs to the next space or "<", and MDX reads nothing inside it. With a "{", "<", "`" or "\\"
      // in it, or a "<" after it (an escape there would be swallowed), it stays text: every punctuation mark escaped,
      // so it shows exactly as typed. Otherwise it is copied as it is.
      if (link.trouble) {
        // A backtick as a character reference: an escaped one could still close an earlier code span. Not on a line
        // that starts like a fence, though: without its backtick the info string would make the line a fence.
        const tick = /(?:^|\n)[ \t]*```[^\n]*$/.test(out) ? '\\`' : '&#96;';
        out += text.slice(i, link.end).replace(/[!-/:-@[-`{-~]/g, (mark) => (mark === '`' ? tick : `\\${mark}`));
        i = link.end;
      } else {
        out += text.slice(i, link.run);
        i = link.run;
      }
      continue;
    }
    out += SPECIAL.has(char) && !escaped ? `\\${char}` : char;
    i += 1;
  }
  return out;
}

/**
 * A GFM literal autolink (https://…, http://…, www.…) starting at `start`, as MDX's parser reads it: `end` where the
 * link ends (trailing punctuation and an entity stay outside), `run` up to the next space or "<", and whether it needs
 * breaking up. Undefined where no link forms: before a letter, or with an empty domain or "_" in its last two parts.
 */
function literalAutolink(text: string, start: number): { end: number; run: number; trouble: boolean } | undefined {
  LITERAL_URL.lastIndex = start;
  if (!LITERAL_URL.test(text)) return undefined;
  const previous = text[start - 1] ?? ' ';
  if (text[start] === 'w' || text[start] === 'W' ? /[\p{L}\p{N}]/u.test(previous) : /[A-Za-z]/.test(previous)) return undefined;
  const run = /^[^\s<]*/.exec(text.slice(start))![0];
  const domain = /^[\p{L}\p{N}\p{M}_.-]*/u.exec(run.slice(LITERAL_URL.lastIndex - start))![0];
  if (
    !/[\p{L}\p{N}]/u.test(domain) ||
    domain
      .split('.')
      .slice(-2)
      .some((part) => part.includes('_'))
  )
    return undefined;
  let link = run;
  for (;;) {
    const entity = /&[A-Za-z0-9]+;$/.exec(link);
    if (entity) link = link.slice(0, -entity[0].length);
    else if (/[?!.,:*_~'"]$/.test(link)) link = link.slice(0, -1);
    else if (link.endsWith(')') && (link.match(/\(/g) ?? []).length < (link.match(/\)/g) ?? []).length) link = link.slice(0, -1);
    else break;
  }
  return { end: start + link.length, run: start + run.length, trouble: URL_TROUBLE.test(run) || text[start + run.length] === '<' };
}

/** True for a line that may continue the paragraph of the lines before it (same quote depth, no new block). */
function continuesParagraph(previous: string, line: string): boolean {
  const depth = (text: string) => (QUOTE_PREFIX.exec(text)![0].match(/>/g) ?? []).length;
  if (depth(previous) !== depth(line)) return false;
  const content = line.slice(QUOTE_PREFIX.exec(line)![0].length);
  const previousContent = previous.slice(QUOTE_PREFIX.exec(previous)![0].length);
  return !BLOCK_START.test(content) && !/^[ \t]*#{1,6}(?:[ \t]|$)/.test(previousContent);
}

/** Escape a whole Markdown body for storage as MDX. Idempotent: escaping twice changes nothing. */
export function toSafeMdx(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let paragraph: string[] = [];
  let fence: { char: string; length: number } | undefined;
  let table = false;
  const flush = () => {
    if (paragraph.length > 0) out.push(escapeProse(paragraph.join('\n')));
    paragraph = [];
  };
  for (const line of lines) {
    const match = FENCE.exec(line);
    if (fence) {
      if (match && match[1]![0] === fence.char && match[1]!.length >= fence.length && match[2]!.trim() === '') fence = undefined;
      out.push(line);
      continue;
    }
    // A backtick fence's info string may not contain a backtick; such a line is prose with code spans.
    if (match && !(match[1]![0] === '`' && match[2]!.includes('`'))) {
      flush();
      fence = { char: match[1]![0]!, length: match[1]!.length };
      out.push(line);
      continue;
    }
    if (line.trim() === '') {
      flush();
      table = false;
      out.push(line);
      continue;
    }
    // Table rows are separate lines of inline text: a code span cannot run from one row into the next.
    if (table || (paragraph.length === 1 && paragraph[0]!.includes('|') && line.includes('|') && TABLE_DELIMITER.test(line))) {
      flush();
      table = true;
      out.push(escapeProse(line));
      continue;
    }
    if (paragraph.length > 0 && !continuesParagraph(paragraph[paragraph.length - 1]!, line)) flush();
    paragraph.push(line);
  }
  flush();
  return out.join('\n');
}

/** An image in a stored body: "![alt](source" not preceded by a backslash (an escaped "(" after "]" makes it text). */
const STORED_IMAGE = /(?<!\\)!\[(?:[^\]\\]|\\.)*\]\(\s*(<[^>\n]*>|[^\s)]+)/g;

/**
 * Image sources of a stored body that `file` may not build: what toSafeMdx keeps without knowing the file (a leading
 * "../" may reach a shared folder) is judged here with it, so the CMS can refuse a save instead of the build failing.
 * Reads image syntax anywhere, code included: a false hit refuses a save with a message, never breaks the site.
 */
export function unbuildableImageSources(body: string, file: string): string[] {
  return [...body.matchAll(STORED_IMAGE)]
    .map((match) => match[1]!.replace(/^<(.*)>$/, '$1'))
    .filter((raw) => {
      const source = decodeDestination(raw);
      return source === undefined || !isSafeImageSource(source, { file });
    });
}
