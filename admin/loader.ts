/**
 * The script /admin/ loads first: it reads config.yml once and loads Decap only when the CMS can run, so the
 * „nicht eingerichtet“ notice costs a few kilobytes; the CMS itself gets that config (Decap does not fetch it again).
 */
// Before anything of Decap is evaluated (it is also the CMS bundle's first import).
import './manual-init';
import type { LoadedConfig } from './cms';

const isLocal = ['localhost', '127.0.0.1'].includes(window.location.hostname);

async function load(): Promise<void> {
  const config = (await (await fetch('/admin/config.yml')).json()) as LoadedConfig;
  if (!isLocal && !config.backend?.repo) {
    const notice = document.querySelector<HTMLTemplateElement>('#cms-nicht-eingerichtet');
    if (notice) document.body.append(notice.content.cloneNode(true));
    return;
  }
  // The build points this at the cached bundle (/admin/cms.js), the dev server at admin/cms.ts (src/integrations/cms-bundle.ts).
  const cms = await import('virtual:thinka-cms');
  cms.start(config);
}

void load();
