import { defineConfig, devices } from '@playwright/test';
import { SYSTEM_CHROMIUM, SYSTEM_HEADLESS_SHELL } from './scripts/support/served-site.ts';
// E2E_PORT lets several checkouts run their end-to-end tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4321);
/** A window to watch needs the full browser; headless, the shell runs the suites in two thirds of the time. */
const HEADED = process.argv.some((arg) => ['--headed', '--ui', '--debug'].includes(arg)) || Boolean(process.env.PWDEBUG);
const CHROMIUM = (HEADED ? undefined : SYSTEM_HEADLESS_SHELL) ?? SYSTEM_CHROMIUM;

export default defineConfig({
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    launchOptions: {
      ...(CHROMIUM ? { executablePath: CHROMIUM } : {}),
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
    },
  },
  projects: [
    { name: 'site', testDir: 'tests/e2e', use: { ...devices['Desktop Chrome'] } },
    // Decap is a large app: on a busy 2-core machine a screen may take seconds, so waits are generous (no timing is asserted).
    { name: 'cms', testDir: 'tests/cms', use: { ...devices['Desktop Chrome'], viewport: { width: 1400, height: 1000 } }, timeout: 180_000, expect: { timeout: 20_000 } },
    // The built site behind nginx with deploy/'s configuration (needs dist/ and dist-fixture/).
    { name: 'deploy', testDir: 'tests/deploy', use: { ...devices['Desktop Chrome'], viewport: { width: 1400, height: 1000 } }, timeout: 120_000 },
    // Lighthouse measures performance: package.json runs it alone, after the other projects (--project=lighthouse).
    { name: 'lighthouse', testDir: 'tests/lighthouse' },
  ],
  webServer: {
    command: `node scripts/serve-dist.ts ${PORT}`,
    // The CMS tests start their own decap-server on this port; the test server forwards /decap-api to it.
    env: { DECAP_PORT: process.env.DECAP_TEST_PORT ?? '8089' },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
