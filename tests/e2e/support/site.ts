/** Browser helpers for end-to-end tests; reading dist/ itself lives in tests/support/built-site.ts. */
import type { Page } from '@playwright/test';

export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
}

/** Record console errors and every request that leaves the site's own origin. */
export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watch.foreignRequests.push(url);
  });
  return watch;
}
