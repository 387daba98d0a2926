// End-to-end tests of the finder against the fixture build (npm run build:fixture → dist-fixture/):
// clearly fictional Anlaufstellen with opening hours and coordinates, which the real content does not have yet.
// Runs after the main suite (see package.json "test:e2e") on the same E2E_PORT.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

const PORT = Number(process.env.E2E_PORT ?? 4321);
// Read by tests/e2e/support/site.ts in the test workers, which inherit this environment.
process.env.E2E_DIST = 'dist-fixture';

export default defineConfig({
  ...base,
  testDir: 'tests/e2e-fixture',
  projects: [{ name: 'fixture', testDir: 'tests/e2e-fixture', use: base.projects?.[0]?.use ?? {} }],
  webServer: {
    command: `node scripts/serve-dist.ts ${PORT} dist-fixture`,
    url: `http://127.0.0.1:${PORT}/`,
    // Never test another server that happens to run on this port: the fixture site must be the one answering.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
