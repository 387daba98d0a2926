// Local development: the site (astro dev) and the CMS's local backend (decap-server) together.
// decap-server writes straight into this checkout, so a saved entry shows on the site at once.
import { spawn } from 'node:child_process';

const children = [
  spawn('decap-server', [], {
    stdio: 'inherit',
    env: {
      ...process.env,
      MODE: process.env.DECAP_MODE === 'git' ? 'git' : 'fs',
      BIND_HOST: '127.0.0.1',
      PORT: process.env.DECAP_PORT ?? '8081',
      GIT_REPO_DIRECTORY: process.cwd(),
    },
  }),
  spawn('astro', ['dev', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }),
];

const stopAll = (code) => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
};
for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
