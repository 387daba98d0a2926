// Every built page, the CMS included, passes the W3C Nu HTML Checker without an error (issue 13). The checker is
// shown to catch a defect on a planted page, so a silent checker cannot pass this test.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { nuHtmlErrors } from '../support/gates/nu-html.ts';
import { DIST, htmlFiles } from '../support/built-site';

test('the W3C Nu HTML Checker finds no error on any built page', () => {
  const files = htmlFiles();
  expect(files.length).toBeGreaterThan(300);
  expect(nuHtmlErrors(DIST, files).map(({ file, line, message }) => `${file}:${line ?? '?'}: ${message}`)).toEqual([]);
}, 600_000);

test('the checker reports a script after </html> and names the page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thinka-nu-'));
  try {
    writeFileSync(join(dir, 'kaputt.html'), '<!DOCTYPE html><html lang="de"><head><title>x</title></head><body><p>x</p></body></html><script src="/a.js"></script>');
    const errors = nuHtmlErrors(dir, ['kaputt.html']);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.file).toBe('kaputt.html');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
