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
import { missingRequiredWhenSet } from './required-when-set';
import type { DecapField } from './schema-to-decap';

interface LoadedConfig {
  backend?: { repo?: string };
  collections?: Array<{ name: string; fields: DecapField[] }>;
}

// Whatever editors type is stored so that MDX shows it as text: no build errors, no scripts.
CMS.registerWidgetValueSerializer('markdown', {
  serialize: (value: unknown) => (typeof value === 'string' ? toSafeMdx(value) : value),
  deserialize: (value: unknown) => value,
});

CMS.registerPreviewStyle(siteStyles);
CMS.registerPreviewTemplate('standorte', StandortPreview);
CMS.registerPreviewTemplate('team', TeamPreview);
CMS.registerPreviewTemplate('leitlinien', ArticlePreview);
CMS.registerPreviewTemplate('kurztexte', ArticlePreview);
CMS.registerPreviewTemplate('pages', ArticlePreview);
for (const kind of ['audio', 'video', 'photo', 'series']) CMS.registerPreviewTemplate(`media-${kind}`, MediaPreview);

const isLocal = ['localhost', '127.0.0.1'].includes(window.location.hostname);

/** Refuse a save whose optional groups are half filled in, naming group and field. */
function guardRequiredWhenSet(config: LoadedConfig): void {
  const fieldsByCollection = new Map((config.collections ?? []).map((collection) => [collection.name, collection.fields]));
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const fields = fieldsByCollection.get(entry.get('collection') as string) ?? [];
      const problems = missingRequiredWhenSet(fields, entry.get('data').toJS() as Record<string, unknown>);
      if (problems.length > 0) throw new Error(problems.join(' '));
      return entry.get('data');
    },
  });
}

function showNotConfigured(): void {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.style.cssText = 'font: 1.125rem/1.5 system-ui, sans-serif; max-inline-size: 40rem; margin: 3rem auto; padding: 0 1rem;';
  message.textContent = translate('de', 'cms.notConfigured');
  document.body.append(message);
}

async function start(): Promise<void> {
  const config = (await (await fetch('/admin/config.yml')).json()) as LoadedConfig;
  if (!isLocal && !config.backend?.repo) {
    showNotConfigured();
    return;
  }
  guardRequiredWhenSet(config);
  CMS.init({
    config: {
      // decap-server is reached through the dev/test server's proxy, so the CMS stays on one origin.
      ...(isLocal ? { local_backend: { url: `${window.location.origin}/decap-api/v1` } } : {}),
    } as never,
  });
}

void start();
