/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests: pure, no build, no browser (`npx vitest run`). Tests that build, sync or read dist/ use vitest.site.config.ts.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
