// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// The public address; set SITE_URL when the production domain differs.
const site = process.env.SITE_URL ?? 'https://www.thinka-thueringen.de';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  integrations: [mdx(), sitemap()],
  i18n: {
    defaultLocale: 'de',
    locales: ['de'],
  },
  image: {
    // Only local images: nothing is fetched from another origin.
    remotePatterns: [],
  },
  devToolbar: { enabled: false },
});
