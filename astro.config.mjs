// @ts-check
import { defineConfig, sharpImageService } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { cmsBundle } from './src/integrations/cms-bundle';
import { decapProxy } from './src/integrations/decap-proxy';
import { freshOutput } from './src/integrations/fresh-output';
import { pagefindIndex } from './src/integrations/pagefind';
import { precompress } from './src/integrations/precompress';
import { securityHeaders } from './src/integrations/security-headers';
import { ENCODER_OPTIONS, IMAGE_CACHE_DIR } from './src/lib/image-presets';
import { htmlAsText } from './src/lib/markdown-html-as-text';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/locales';
import { alternateLinks, splitLocalePath } from './src/lib/localized-paths';

// The public address; set SITE_URL when the production domain differs.
const site = process.env.SITE_URL ?? 'https://thinka.de';

// Another content root (THINKA_CONTENT_DIR, used by the finder's end-to-end tests).
const alternativeContent = process.env.THINKA_CONTENT_DIR;

// Its cached .br/.gz siblings are handed to precompress(), which then keeps them instead of compressing the bundle again.
const cms = cmsBundle();

export default defineConfig({
  site,
  trailingSlash: 'always',
  // concurrency: pages render while others are written (the build waited on file I/O; 16 measured faster than 4 or 1).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
  compressHTML: true,
  // Smart punctuation would turn typed quotes into English ones and "--" into dashes; German text is typed as meant.
  // No syntax highlighting: Shiki colours code blocks with inline style="…", which the site's CSP (style-src 'self') blocks.
  // Content bodies (.mdx files, checked with MDX's rules) are rendered here as Markdown: never compiled to code, and raw HTML
  // comes out as text (src/lib/markdown-html-as-text.ts).
  markdown: { processor: satteri({ features: { smartPunctuation: false }, mdastPlugins: [htmlAsText] }), syntaxHighlight: false },
  // cmsBundle() copies the cached CMS bundle (npm run build:cms, .cache/cms/) into dist/admin/ instead of bundling Decap every time.
  // pagefindIndex() indexes the finished pages in dist/; securityHeaders() then writes dist/_headers for every top-level entry;
  // precompress() follows, so the .br/.gz copies cover the sitemap, Pagefind's bundle and the CMS bundle too;
  // freshOutput() comes last: dist/ is not emptied before the build, files no step wrote are deleted after it.
  integrations: [
    decapProxy(),
    cms,
    sitemap({
      filter: (page) => !new URL(page).pathname.startsWith('/admin'),
      // Pages that exist in several languages list each other as alternates (hreflang, x-default): the same links as
      // in each page's head. Not the plugin's i18n option, which compares every address with every other one.
      serialize: (item) => {
        const links = alternateLinks(splitLocalePath(new URL(item.url).pathname).basePath);
        return links.length === 0 ? item : { ...item, links: links.map((link) => ({ lang: link.hreflang, url: new URL(link.href, site).href })) };
      },
    }),
    pagefindIndex(),
    securityHeaders(),
    precompress({ earlier: cms.precompressedFiles }),
    freshOutput(),
  ],
  // German without prefix (/standorte/), other languages under /en/, /uk/, /ru/, /ar/, /fa/ (src/pages/[locale]/).
  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: [...LOCALES],
    routing: { prefixDefaultLocale: false },
  },
  // Optimised images are cached here between builds (.cache/astro/<encoder settings>/).
  // Outside node_modules on purpose: `npm ci` wipes node_modules; CI keeps .cache/ (docs/redaktion.md, „Bilder“).
  // A build from another content root keeps a cache of its own, so content entries never mix.
  cacheDir: alternativeContent ? `./${IMAGE_CACHE_DIR}-alternative-content` : `./${IMAGE_CACHE_DIR}`,
  image: {
    // Only local images: nothing is fetched from another origin.
    remotePatterns: [],
    // Encoder settings shared with the CPU report (npm run check:images).
    service: sharpImageService({ avif: { ...ENCODER_OPTIONS.avif }, webp: { ...ENCODER_OPTIONS.webp } }),
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Scripts stay files, however small: an inlined <script> would break the CSP (script-src 'self', no 'unsafe-inline').
      assetsInlineLimit: (filePath) => (filePath.endsWith('.js') ? false : undefined),
    },
  },
});
