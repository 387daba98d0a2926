/**
 * Addresses the site's own routes and files already use: a content page there would be replaced without a word
 * (Astro lets the static route win), so the build refuses it instead.
 */

/** First path segments the site uses: folders and files of src/pages and public/, language prefixes, build output. */
export function reservedSegments(pageFiles: readonly string[], publicFiles: readonly string[], locales: readonly string[]): Set<string> {
  const fromPages = pageFiles
    .filter((name) => !name.startsWith('['))
    .map((name) => name.replace(/\.(?:astro|ts|js|md|mdx)$/, ''))
    .filter((name) => name !== 'index');
  return new Set([...fromPages, ...publicFiles, ...locales, '_astro', 'pagefind', '_headers', 'sitemap-index.xml', 'sitemap-0.xml']);
}

/** Why a page id cannot be a content page, or undefined. The id "" would be the start page. */
export function reservedAddressProblem(id: string, reserved: ReadonlySet<string>): string | undefined {
  const first = id.split('/')[0]!;
  if (id === '') return 'ergibt die Adresse / der Startseite. Bitte die Datei umbenennen.';
  if (reserved.has(first)) return `ergibt die Adresse /${id}/, die die Website selbst verwendet (/${first}/). Bitte die Datei umbenennen oder in einen anderen Ordner legen.`;
  return undefined;
}
