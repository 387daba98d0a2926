/** Breadcrumb trails from a URL path and the titles known for its ancestors. */

export interface Crumb {
  label: string;
  href: string;
}

/**
 * Trail for `path` (e.g. "/ueber-thinka/konzept-und-ziele/"): one crumb per ancestor
 * whose title is known, ending with the current page. The start page comes first.
 */
export function breadcrumbTrail(path: string, titles: { get(path: string): string | undefined }, homeLabel: string): Crumb[] {
  const segments = path.split('/').filter(Boolean);
  const trail: Crumb[] = [{ label: homeLabel, href: '/' }];
  segments.forEach((_, index) => {
    const href = `/${segments.slice(0, index + 1).join('/')}/`;
    const label = titles.get(href);
    if (label) trail.push({ label, href });
  });
  return trail;
}
