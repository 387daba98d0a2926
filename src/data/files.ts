/** Facts about files under public/, read at build time. */
import { statSync } from 'node:fs';
import { join } from 'node:path';

/** Size in bytes of a file referenced as "/media/…"; the schema already ensured it exists. */
export function publicFileSize(publicPath: string): number {
  return statSync(join(process.cwd(), 'public', publicPath)).size;
}
