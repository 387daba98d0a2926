/**
 * The CMS entry, bundled by Astro/Vite from npm (nothing from a CDN).
 * Configuration comes from /admin/config.yml, generated from the content schemas.
 */
import './manual-init';
import CMS from 'decap-cms-app';
import siteStyles from '../src/styles/global.css?url';
import { translate } from '../src/i18n';
import { toSafeMdx } from '../src/lib/mdx-body';
import { ArticlePreview, MediaPreview, StandortPreview, TeamPreview } from './previews';

// Whatever editors type is stored so that MDX shows it as text: no build errors, no scripts.
CMS.registerWidgetValueSerializer('markdown', {
  serialize: (value: unknown) => (typeof value === 'string' ? toSafeMdx(value) : value),
  deserialize: (value: unknown) => value,
});

CMS.registerPreviewStyle(siteStyles);
CMS.registerPreviewTemplate('standorte', StandortPreview);
CMS.registerPreviewTemplate('team', TeamPreview);
CMS.registerPreviewTemplate('leitlinien', ArticlePreview);
CMS.registerPreviewTemplate('pages', ArticlePreview);
for (const kind of ['audio', 'video', 'photo', 'series']) CMS.registerPreviewTemplate(`media-${kind}`, MediaPreview);

const isLocal = ['localhost', '127.0.0.1'].includes(window.location.hostname);

async function start(): Promise<void> {
  if (!isLocal) {
    const response = await fetch('/admin/config.yml');
    const config = (await response.json()) as { backend?: { repo?: string } };
    if (!config.backend?.repo) {
      const message = document.createElement('p');
      message.setAttribute('role', 'alert');
      message.style.cssText = 'font: 1.125rem/1.5 system-ui, sans-serif; max-inline-size: 40rem; margin: 3rem auto; padding: 0 1rem;';
      message.textContent = translate('de', 'cms.notConfigured');
      document.body.append(message);
      return;
    }
  }
  CMS.init({
    config: {
      // decap-server is reached through the dev/preview server's proxy, so the CMS stays on one origin.
      ...(isLocal ? { local_backend: { url: `${window.location.origin}/decap-api/v1` } } : {}),
    } as never,
  });
}

void start();
