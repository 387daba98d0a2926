/**
 * Content bodies are rendered by Astro's Markdown pipeline (src/integrations/guarded-glob.ts), not compiled as MDX.
 * The content guard checks them with MDX's rules, and MDX and CommonMark disagree in corners: a fence indented four
 * spaces is code to MDX but paragraph text to CommonMark, so a "<script>" line or a "javascript:" link after it
 * passes the guard as code and would reach the page. This plugin makes the renderer's side safe on its own: raw HTML
 * comes out as text, and a link, link definition or image the guard would refuse comes out as its text.
 */
import { defineMdastPlugin } from 'satteri';
import { isSafeLinkTarget, urlScheme } from './safe-url.ts';

/** An image from another origin (a scheme, or "//host"): the site loads nothing from elsewhere. */
const isForeignImage = (url: string): boolean => urlScheme(url) !== undefined || !isSafeLinkTarget(url);

export const htmlAsText = defineMdastPlugin({
  name: 'thinka-html-as-text',
  html(node, context) {
    context.replaceNode(node, { type: 'text', value: node.value });
  },
  link(node, context) {
    if (!isSafeLinkTarget(node.url)) context.replaceNode(node, { type: 'text', value: context.textContent(node) });
  },
  definition(node, context) {
    if (!isSafeLinkTarget(node.url)) context.removeNode(node);
  },
  image(node, context) {
    if (isForeignImage(node.url)) context.replaceNode(node, { type: 'text', value: node.alt ?? '' });
  },
});
