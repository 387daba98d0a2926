// The CMS bundle's cache key follows the real import graph, so a change anywhere the CMS reaches makes a new bundle.
import { expect, test } from 'vitest';
import { cmsBundleKey, cmsSourceFiles } from '../../src/integrations/cms-bundle';

const root = process.cwd();

test('the key covers admin/, the schemas, texts and logic the CMS imports, and the preview styles with their parts', () => {
  const files = cmsSourceFiles(root);
  for (const file of [
    'admin/cms.ts',
    'admin/decap.ts',
    'admin/german-ui.ts',
    'admin/previews.tsx',
    'admin/field-validation.tsx',
    'src/schemas/standorte.ts',
    'src/i18n/de.json',
    'src/lib/mdx-body.ts',
    'src/styles/global.css',
    'src/styles/tokens.css',
  ]) {
    expect(files, file).toContain(file);
  }
  expect(files.filter((file) => file.includes('node_modules'))).toEqual([]);
});

test('the key is stable for the same files', () => {
  expect(cmsBundleKey(root)).toMatch(/^[0-9a-f]{16}$/);
  expect(cmsBundleKey(root)).toBe(cmsBundleKey(root));
});
