/**
 * Makes Markdown that editors type safe to store as MDX, so it builds and shows as typed.
 *
 * In MDX, "{" starts an expression, "<" starts JSX or HTML and a line beginning with
 * "import"/"export" is JavaScript. Escaping them turns all of it into plain text: no
 * editor input can break the build or put a script or event handler on a page.
 * Code spans and fenced code blocks stay untouched: MDX shows their content literally.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const AUTOLINK = /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/;
const SPECIAL = new Set(['{', '}', '<']);

/** True when the character at `index` is already escaped by an odd run of backslashes. */
function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i -= 1) backslashes += 1;
  return backslashes % 2 === 1;
}

/** Escape one line of prose, leaving inline code spans as they are. */
function escapeProse(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const char = line[i]!;
    if (char === '`' && !isEscaped(line, i)) {
      const run = /^`+/.exec(line.slice(i))![0];
      const close = line.indexOf(run, i + run.length);
      if (close !== -1) {
        out += line.slice(i, close + run.length);
        i = close + run.length;
        continue;
      }
      out += run;
      i += run.length;
      continue;
    }
    if (char === '<' && !isEscaped(line, i)) {
      const autolink = AUTOLINK.exec(line.slice(i));
      if (autolink) {
        // An autolink would need "<"; a normal link shows the same address.
        out += `[${autolink[1]}](${autolink[1]})`;
        i += autolink[0].length;
        continue;
      }
    }
    out += SPECIAL.has(char) && !isEscaped(line, i) ? `\\${char}` : char;
    i += 1;
  }
  // A line that starts with import/export would be read as JavaScript; a character reference keeps the word.
  return out.replace(/^(im|ex)port\b/, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
}

/** Escape a whole Markdown body for storage as MDX. Idempotent: escaping twice changes nothing. */
export function toSafeMdx(markdown: string): string {
  const lines = markdown.split('\n');
  let fence: string | undefined;
  return lines
    .map((line) => {
      const marker = FENCE.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
        return line;
      }
      if (marker) {
        fence = marker;
        return line;
      }
      return escapeProse(line);
    })
    .join('\n');
}

/** Link targets an editor may use: web, mail, phone, and paths or anchors on this site. */
export function hasUnsafeLink(markdown: string): boolean {
  return /\]\(\s*<?\s*(?:javascript|data|vbscript):/i.test(markdown);
}
