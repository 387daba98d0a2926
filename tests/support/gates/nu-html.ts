/**
 * Gate: the W3C Nu HTML Checker (vnu-jar from npm, run with Debian's Java) reports no error on the built pages.
 * One Java process checks every file, which is far faster than one per page.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export interface NuMessage {
  file: string;
  line?: number;
  message: string;
}

// The jar only: the package's own postinstall would download a Java, Debian's is used instead (not in allowScripts).
const JAR = join(dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

/** Errors of the Nu checker for `files` (paths relative to `dist`), as "file:line: message". */
export function nuHtmlErrors(dist: string, files: readonly string[]): NuMessage[] {
  const result = spawnSync('java', ['-jar', JAR, '--errors-only', '--format', 'json', ...files.map((file) => join(dist, file))], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`Java fehlt (apt-get install default-jre-headless): ${result.error.message}`);
  // vnu writes its JSON report to stderr and exits with 1 when it found errors.
  const report = JSON.parse(result.stderr || result.stdout) as { messages: { type: string; url?: string; lastLine?: number; message: string }[] };
  return report.messages
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .map((message) => ({
      file: message.url ? decodeURIComponent(message.url.replace(/^file:/, '')).replace(`${dist}/`, '') : '',
      ...(message.lastLine === undefined ? {} : { line: message.lastLine }),
      message: message.message,
    }));
}
