/**
 * The CMS entry, bundled by Astro/Vite from npm (nothing from a CDN).
 * Configuration comes from /admin/config.yml, generated from the content schemas.
 */
import './manual-init';
import CMS from 'decap-cms-app';
import siteStyles from '../src/styles/global.css?url';
import { translate } from '../src/i18n';
import { toSafeMdx } from '../src/lib/mdx-body';
import { emptyPaths, entryProblems, problemSummary, type FieldPath } from './entry-validation';
import { registerSchemaValidation } from './field-validation';
import { ArticlePreview, MediaPreview, StandortPreview, TeamPreview } from './previews';
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

/** „Büros 1 › Sprechzeiten 2 › bis“: a data path in the labels editors see. */
function labelsOf(fields: readonly DecapField[], path: FieldPath): string {
  const labels: string[] = [];
  let current: readonly DecapField[] | undefined = fields;
  for (const key of path) {
    if (typeof key === 'number') {
      labels[labels.length - 1] = `${labels.at(-1) ?? ''} ${key + 1}`;
      continue;
    }
    const field: DecapField | undefined = current?.find((candidate) => candidate.name === key);
    labels.push(field?.label ?? key);
    current = field?.fields ?? (field?.field ? [field.field] : undefined);
  }
  return labels.length > 0 ? labels.map((label) => `„${label}“`).join(' › ') : 'Eintrag';
}

/**
 * The last word before anything is written: the build's schema on exactly the data that will be saved
 * (fields left empty are removed, as in a hand-written file). A save the build would reject is refused.
 */
function guardEverySave(config: LoadedConfig): void {
  const fieldsByCollection = new Map((config.collections ?? []).map((collection) => [collection.name, collection.fields]));
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const collection = entry.get('collection') as string;
      let data = entry.get('data') as ImmutableData;
      for (const path of emptyPaths(data.toJS()).sort((a, b) => b.length - a.length)) data = data.deleteIn(path);
      const problems = entryProblems(collection, data.toJS());
      if (problems.length > 0) throw new Error(problemSummary(problems, (path) => labelsOf(fieldsByCollection.get(collection) ?? [], path)));
      return data;
    },
  });
}

interface ImmutableData {
  toJS(): unknown;
  deleteIn(path: ReadonlyArray<string | number>): ImmutableData;
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
  registerSchemaValidation();
  guardEverySave(config);
  CMS.init({
    config: {
      // decap-server is reached through the dev/test server's proxy, so the CMS stays on one origin.
      ...(isLocal ? { local_backend: { url: `${window.location.origin}/decap-api/v1` } } : {}),
    } as never,
  });
}

void start();
