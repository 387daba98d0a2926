/**
 * The script /admin/ loads first: the „nicht eingerichtet“ notice needs neither Decap nor config.yml (a few
 * kilobytes); otherwise it fetches config.yml once and hands it to the CMS bundle (Decap does not fetch it again).
 */
import type { LoadedConfig } from './cms';
import { CMS_ENTRY_URL } from './cms-entry';

const isLocal = ['localhost', '127.0.0.1'].includes(window.location.hostname);

/** Shows one of the page's notices (src/pages/admin/index.astro) in place of the CMS. */
function showNotice(templateId: string): void {
  const message = document.querySelector<HTMLTemplateElement>(`#${templateId}`)?.content.firstElementChild?.cloneNode(true);
  if (!(message instanceof HTMLElement)) return;
  // Set from script: the page has no stylesheet and no inline style attribute (html-validate).
  message.style.cssText = 'font: 1.125rem/1.5 system-ui, sans-serif; max-inline-size: 40rem; margin: 3rem auto; padding: 0 1rem;';
  document.body.append(message);
}

async function load(): Promise<void> {
  // data-cms-repo: whether the build had CMS_REPO (src/pages/admin/index.astro); the local backend needs none.
  if (!isLocal && document.body.dataset.cmsRepo !== 'gesetzt') {
    showNotice('cms-nicht-eingerichtet');
    return;
  }
  try {
    const config = (await (await fetch('/admin/config.yml')).json()) as LoadedConfig;
    // The CMS bundle as scripts/build-cms.ts built it, in the build and on the dev server: not bundled into this loader.
    const cms = (await import(/* @vite-ignore */ CMS_ENTRY_URL)) as typeof import('./cms');
    await cms.start(config);
  } catch (error) {
    // A failed download (config, bundle, Decap) leaves no empty page: the editor reads what to do.
    showNotice('cms-nicht-geladen');
    throw error;
  }
}

void load();
