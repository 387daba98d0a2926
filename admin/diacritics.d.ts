// The diacritics package (Decap's slug cleaner) ships no types; only what admin/german-ui.ts uses.
declare module 'diacritics' {
  const diacritics: { remove(text: string): string; diacriticsMap: Record<string, string> };
  export default diacritics;
}
