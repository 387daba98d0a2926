/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Integration tests (a throwaway copy of the project synced or built) and the checks of the built site in one
// pass over dist/ (needs `npm run build` first): `npm run test:site`.
export default getViteConfig({
  test: {
    include: ['tests/integration/**/*.test.ts', 'tests/dist/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Two files at a time even on two cores (Vitest's default there is one): the integration tests mostly wait for Astro child processes.
    maxWorkers: 2,
  },
});
