/**
 * The script /admin/ loads first: the „nicht eingerichtet“ notice needs neither Decap nor config.yml (a few
 * kilobytes); otherwise it fetches config.yml once and hands it to the CMS bundle (Decap does not fetch it again).
 */
// Before anything of Decap is evaluated (it is also the CMS bundle's first import).
import './manual-init';
import type { LoadedConfig } from './cms';

const isLocal = ['localhost', '127.0.0.1'].includes(window.location.hostname);

async function load(): Promise<void> {
  // data-cms-repo: whether the build had CMS_REPO (src/pages/admin/index.astro); the local backend needs none.
  if (!isLocal && document.body.dataset.cmsRepo !== 'gesetzt') {
    const message = document.querySelector<HTMLTemplateElement>('#cms-nicht-eingerichtet')?.content.firstElementChild?.cloneNode(true);
    if (!(message instanceof HTMLElement)) return;
    // Set from script: the page has no stylesheet and no inline style attribute (html-validate).
    message.style.cssText = 'font: 1.125rem/1.5 system-ui, sans-serif; max-inline-size: 40rem; margin: 3rem auto; padding: 0 1rem;';
    document.body.append(message);
    return;
  }
  const config = (await (await fetch('/admin/config.yml')).json()) as LoadedConfig;
  // The build points this at the cached bundle (/admin/cms.js), the dev server at admin/cms.ts (src/integrations/cms-bundle.ts).
  const cms = await import('virtual:thinka-cms');
  cms.start(config);
}

void load();
