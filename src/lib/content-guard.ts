/**
 * The build's guard against code in content: inspects each body of an .mdx file with MDX's rules.
 *
 * Content is data. A body may hold Markdown and the components named in CONTENT_COMPONENTS;
 * anything MDX would run as code (import/export, {…} expressions, other JSX or HTML elements,
 * event handlers) and every link or image that is not web, mail, phone or this site is reported
 * with its line and a German hint. The body is parsed with satteri's MDX parser, so a file that
 * passes stays valid MDX; the site renders it as Markdown (src/integrations/guarded-glob.ts), never
 * as code, and src/lib/markdown-html-as-text.ts covers where the two read a body differently.
 * Text the CMS escaped (src/lib/mdx-body.ts) parses as plain text and passes.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { isRootRelative, isSafeImageSource, isSafeLinkTarget } from './safe-url.ts';

/**
 * The only components content may use. None today: bodies are Markdown, rendered by Astro's Markdown
 * pipeline. A component added here needs the MDX pipeline back (@astrojs/mdx, guarded-glob.ts), must be
 * passed to <Content components={…} /> and must not render its props as HTML.
 */
export const CONTENT_COMPONENTS: readonly string[] = [];

/** Deepest nesting (lists in lists, quotes, emphasis, links …) a body may have; the compiler crashes on thousands. */
export const MAX_NESTING_DEPTH = 40;

/** Parser options of the site's MDX pipeline (astro.config.mjs: GFM on, smart punctuation off). */
export const MDX_FEATURES = { gfm: true, smartPunctuation: false } as const;

export interface ContentProblem {
  /** Line in the body, counted from 1. */
  line: number;
  column: number;
  message: string;
}

export interface GuardOptions {
  /** The file, relative to the project (e.g. content/pages/impressum.mdx): images resolve against it. */
  file?: string;
  /** Folder images must stay in (default "content"). */
  contentRoot?: string;
  /** Components allowed in this body (default CONTENT_COMPONENTS). */
  components?: readonly string[];
  /** Receives the relative image sources of the body (with their lines), for the loader to check the files. */
  localImages?: { url: string; line: number; column: number }[];
}

const hint = {
  esm: 'Zeilen, die mit „import“ oder „export“ beginnen, sind in MDX Programmcode und in Inhalten nicht erlaubt. Gehört das Wort zum Text: im CMS speichern (es maskiert es) oder das i bzw. e als &#105; bzw. &#101; schreiben.',
  expression:
    'Geschweifte Klammern { … } sind in MDX Programmcode und in Inhalten nicht erlaubt. Gehören sie zum Text: im CMS speichern (es maskiert sie) oder als \\{ und \\} schreiben.',
  element: (name: string) =>
    `Das Element <${name}> ist in Inhalten nicht erlaubt (erlaubt sind nur Markdown${CONTENT_COMPONENTS.length > 0 ? ` und ${CONTENT_COMPONENTS.map((c) => `<${c}>`).join(', ')}` : ''}). Gehört „<“ zum Text: im CMS speichern (es maskiert es) oder als \\< schreiben.`,
  handler: (name: string) => `Das Attribut „${name}“ führt Skripte aus und ist in Inhalten nicht erlaubt. Bitte entfernen.`,
  link: (url: string) => `Der Link „${url}“ ist nicht erlaubt. Erlaubt sind Adressen mit https://, http://, mailto: oder tel: und Pfade dieser Website (z. B. /standorte/).`,
  image: (url: string) =>
    `Das Bild „${url}“ ist nicht erlaubt. Bilder bitte neben den Eintrag hochladen (JPG, PNG, WebP, AVIF oder SVG) und mit einem Pfad wie ./bild.jpg einbinden; fremde Server und Pfade außerhalb von content/ gehen nicht.`,
  html: 'HTML ist in Inhalten nicht erlaubt. Bitte Markdown verwenden.',
  depth: `Der Text ist zu tief verschachtelt (mehr als ${MAX_NESTING_DEPTH} Ebenen aus Listen, Zitaten oder Hervorhebungen). Bitte vereinfachen.`,
};

function pointOf(node: { position?: { start: { line: number; column: number } } | undefined }) {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** The parser's own message without its leading "line:column:" and trailing rule code. */
function parserReason(message: string): string {
  return message.replace(/^\d+:\d+:\s*/, '').replace(/\s*\([\w:-]+\)\s*$/, '');
}

/** Every problem in one MDX body (without front matter), in document order; empty when the body may be built. */
export function checkContentBody(body: string, options: GuardOptions = {}): ContentProblem[] {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(body, { features: MDX_FEATURES });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+):/.exec(message);
    return [
      {
        line: at ? Number(at[1]) : 1,
        column: at ? Number(at[2]) : 1,
        message: `MDX-Syntaxfehler: Der Text lässt sich nicht lesen (${parserReason(message)}). Meist ist ein „<“ oder „{“ gemeint, das zum Text gehört: im CMS speichern (es maskiert es) oder als \\< bzw. \\{ schreiben.`,
      },
    ];
  }
  const allowed = new Set(options.components ?? CONTENT_COMPONENTS);
  const problems: ContentProblem[] = [];
  const report = (node: MdastNode, message: string) => problems.push({ ...pointOf(node), message });
  // Iterative walk: a deeply nested body must not overflow the stack before its depth is reported.
  const stack: { node: MdastNode; depth: number }[] = [{ node: tree, depth: 0 }];
  let tooDeep = false;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_NESTING_DEPTH) {
      if (!tooDeep) report(node, hint.depth);
      tooDeep = true;
      continue;
    }
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, hint.esm);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, hint.expression);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!allowed.has(name)) {
          report(node, hint.element(name || '>'));
          break;
        }
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute') report(node, hint.expression);
          else if (/^on/i.test(attribute.name)) report(node, hint.handler(attribute.name));
          else if (attribute.value !== null && typeof attribute.value === 'object') report(node, hint.expression);
        }
        break;
      }
      case 'html':
        report(node, hint.html);
        break;
      case 'link':
      case 'definition':
        if (!isSafeLinkTarget(node.url)) report(node, hint.link(node.url));
        break;
      case 'image':
        if (!isSafeImageSource(node.url, { file: options.file, contentRoot: options.contentRoot ?? 'content' })) report(node, hint.image(node.url));
        else if (!isRootRelative(node.url)) options.localImages?.push({ url: node.url, ...pointOf(node) });
        break;
      default:
        break;
    }
    if ('children' in node) {
      const children = node.children as MdastNode[];
      for (let i = children.length - 1; i >= 0; i -= 1) stack.push({ node: children[i]!, depth: depth + 1 });
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** One German report line per problem: "content/x.mdx, Zeile 7, Spalte 3: …", with the body's lines shifted to the file's. */
export function formatProblems(file: string, problems: readonly ContentProblem[], lineOffset = 0): string[] {
  return problems.map((problem) => `${file}, Zeile ${problem.line + lineOffset}, Spalte ${problem.column}: ${problem.message}`);
}

/** Lines before the body in the file (front matter and blank lines): Astro stores the body trimmed. */
export function bodyLineOffset(fileContents: string, body: string): number {
  const start = body.length === 0 ? -1 : fileContents.lastIndexOf(body);
  return start <= 0 ? 0 : fileContents.slice(0, start).split('\n').length - 1;
}
