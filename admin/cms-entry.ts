/**
 * Where the CMS bundle's entry is served, by the build (dist/admin/) and the dev server alike (src/integrations/cms-bundle.ts).
 * /admin/ is always revalidated (Cache-Control: no-cache), so a fixed name is safe.
 */
export const CMS_ENTRY_URL = '/admin/cms.js';
