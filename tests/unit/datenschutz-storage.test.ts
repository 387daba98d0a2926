// The Datenschutz page names every browser storage the CMS writes (issue 13): the keys are read from the installed
// Decap CMS itself, so an update that adds one fails here until the page names it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

/** Keys Decap's packages write with localStorage/sessionStorage.setItem, constants resolved within each file. */
function decapStorageKeys(): string[] {
  const keys = new Set<string>();
  const packages = readdirSync(join(root, 'node_modules')).filter((name) => name.startsWith('decap-cms-') && name !== 'decap-cms-app');
  for (const name of packages) {
    const dir = join(root, 'node_modules', name, 'dist/esm');
    let files: string[];
    try {
      files = readdirSync(dir, { recursive: true })
        .map(String)
        .filter((file) => file.endsWith('.js'));
    } catch {
      continue;
    }
    for (const file of files) {
      const source = readFileSync(join(dir, file), 'utf8');
      if (!source.includes('Storage.setItem(')) continue;
      for (const call of source.matchAll(/(?:localStorage|sessionStorage)\.setItem\(\s*(?:'([^']+)'|(?:this\.)?(\w+)(\[)?)/g)) {
        if (call[1]) keys.add(call[1]);
        else if (call[3]) {
          // An object of keys, e.g. settingsPersistKeys[key]: every value in its literal.
          const object = new RegExp(`\\b${call[2]}\\s*=\\s*\\{([^}]{0,500})\\}`).exec(source)?.[1] ?? '';
          for (const value of object.matchAll(/:\s*'([^']+)'/g)) keys.add(value[1]!);
        } else {
          const value = new RegExp(`\\b${call[2]}\\s*=\\s*'([^']+)'`).exec(source)?.[1];
          if (value) keys.add(value);
        }
      }
    }
  }
  return [...keys].sort();
}

describe('Datenschutz page', () => {
  it('names every localStorage and sessionStorage key of the CMS, and IndexedDB', () => {
    const page = readFileSync(join(root, 'content/pages/datenschutz/index.mdx'), 'utf8');
    const keys = decapStorageKeys();
    expect(keys).toEqual(expect.arrayContaining(['decap-cms-user', 'decap-cms-pkce-verifier-code']));
    for (const key of keys) expect(page, key).toContain(`\`${key}\``);
    expect(page).toContain('sessionStorage');
    expect(page).toContain('IndexedDB');
  });
});
