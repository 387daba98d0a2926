/** Fill `{name}` placeholders of a UI string; unknown ones stay visible. Used on the server and by browser scripts. */
export function fillPlaceholders(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
