/**
 * Fill `{name}` placeholders of a UI string; unknown ones stay visible. Used on the server and by browser scripts.
 * With a number format, numbers (counts) are written in the page's digits, e.g. Persian ones on Farsi pages;
 * strings (postcodes, phone numbers, names) stay as written.
 */
export function fillPlaceholders(template: string, params: Record<string, string | number> = {}, numbers?: Intl.NumberFormat): string {
  // Most UI strings have no placeholder, and a large build looks up millions of them.
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    if (!(name in params)) return match;
    const value = params[name];
    return typeof value === 'number' && numbers ? numbers.format(value) : String(value);
  });
}
