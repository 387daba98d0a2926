/**
 * Gate for the Content-Security-Policy without 'unsafe-inline': a public page may carry no inline script
 * (JSON-LD and JSON data are fine: browsers never execute them), no <style> element, no style attribute,
 * no event-handler attribute and no javascript: URL.
 */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);

export function inlineCodeProblems(html: string): string[] {
  const problems: string[] = [];
  for (const [tag, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = /\stype="([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && DATA_SCRIPT_TYPES.has(type)) continue;
    if (!/\ssrc="/i.test(attributes) || body.trim() !== '') problems.push(`Inline-Skript: ${tag.slice(0, 80)}`);
  }
  for (const [tag] of html.matchAll(/<style\b[^>]*>/gi)) problems.push(`<style>-Element: ${tag}`);
  // Attributes only inside tags (text like "style=" in prose is not an attribute).
  for (const [tag] of html.matchAll(/<[a-zA-Z][^>]*>/g)) {
    if (/\sstyle\s*=/i.test(tag)) problems.push(`style-Attribut: ${tag.slice(0, 80)}`);
    const handler = /\s(on[a-z]+)\s*=/i.exec(tag);
    if (handler) problems.push(`Event-Handler ${handler[1]}: ${tag.slice(0, 80)}`);
    if (/\s(?:href|src|action|formaction)\s*=\s*"\s*javascript:/i.test(tag)) problems.push(`javascript:-URL: ${tag.slice(0, 80)}`);
  }
  return problems;
}
