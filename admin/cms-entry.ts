/** Where the CMS bundle's entry is served, by the build (dist/admin/) and the dev server alike (src/integrations/cms-bundle.ts). */
export const CMS_ENTRY_URL = '/admin/cms.js';
