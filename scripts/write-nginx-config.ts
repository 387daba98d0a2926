// Writes deploy/nginx/thinka-site.conf from src/lib/security-headers.ts (the same policies as dist/_headers).
// Run again after changing the policies or, for another Git host, with CMS_BACKEND/CMS_BASE_URL/CMS_API_ROOT set.
// Usage: npm run deploy:nginx
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { backendFromEnv } from '../src/lib/cms-backend.ts';
import { toNginxSnippet } from '../src/lib/security-headers.ts';

const target = join(process.cwd(), 'deploy/nginx/thinka-site.conf');
writeFileSync(target, toNginxSnippet(backendFromEnv(process.env)));
console.log(`${target} geschrieben.`);
