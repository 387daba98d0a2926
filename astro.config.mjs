// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { decapProxy } from './src/integrations/decap-proxy';
import { pagefindIndex } from './src/integrations/pagefind';

// The public address; set SITE_URL when the production domain differs.
const site = process.env.SITE_URL ?? 'https://thinka.de';

// A build from another content root (THINKA_CONTENT_DIR, used by the finder's end-to-end tests) keeps
// its own content cache, so it never mixes entries with the real content's cache in node_modules/.astro.
const alternativeContent = process.env.THINKA_CONTENT_DIR;

export default defineConfig({
  site,
  ...(alternativeContent ? { cacheDir: './.astro/cache-alternative-content' } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  // Smart punctuation would turn typed quotes into English ones and "--" into dashes; German text is typed as meant.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  // pagefindIndex() runs last: it indexes the finished pages in dist/.
  integrations: [decapProxy(), mdx(), sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/admin') }), pagefindIndex()],
  i18n: {
    defaultLocale: 'de',
    locales: ['de'],
  },
  image: {
    // Only local images: nothing is fetched from another origin.
    remotePatterns: [],
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" directive; the bundler's note about it is noise.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          // decap-cms-app (admin bundle only) ships code with eval; it never reaches public pages.
          if (warning.code === 'EVAL' && String(warning.id ?? '').includes('node_modules')) return;
          warn(warning);
        },
      },
    },
  },
});
