/** Browser helpers for end-to-end tests; reading dist/ itself lives in tests/support/built-site.ts. */
import type { ConsoleMessage, Page, Request } from '@playwright/test';

export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
  /** Stop recording (for a page that lives on into the next test). */
  stop: () => void;
}

/** Record console errors and every request that leaves the site's own origin. */
export function watchPage(page: Page, origin: string): PageWatch {
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  };
  const onPageError = (error: Error) => consoleErrors.push(error.message);
  const onRequest = (request: Request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('request', onRequest);
  return {
    consoleErrors,
    foreignRequests,
    stop: () => {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('request', onRequest);
    },
  };
}
