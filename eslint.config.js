// @ts-check
// ESLint: JavaScript and typescript-eslint's recommended rules (type-aware for .ts/.tsx), eslint-plugin-astro for .astro.
// The type-aware rules read Astro's generated types (.astro/types.d.ts): lint after `astro check` or `astro sync`, as npm test does.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist/', 'dist-fixture/', '.astro/', '.cache/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/', 'public/'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `const { body: _body, ...rest } = data` is how the code drops a key from a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Type-aware rules only for TypeScript: on .astro files the parser builds a program per file (minutes instead of
    // seconds, and `astro check` type-checks them already); plain JavaScript files have no types to check.
    files: ['**/*.astro', '**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // safe-url.ts reads addresses as browsers do, and browsers strip C0 control characters: matching them is the point.
    files: ['src/lib/safe-url.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Vitest's and Playwright's asymmetric matchers (expect.any, expect.stringContaining, …) are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // ESLint's TypeScript program cannot resolve imports of .astro components (typed by `astro check` instead).
    files: ['tests/unit/components.test.ts'],
    rules: { '@typescript-eslint/no-unsafe-argument': 'off' },
  },
);
