// `npm run build` sets memory settings (glibc's and rolldown's allocators, V8's young generation) before `astro build`; the fixture build and the benchmark use the same.
import { expect, test } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { scriptEnvironment } from '../../scripts/support/build-environment';

test('reads the leading NAME=value words of an npm script, and nothing after the command', () => {
  expect(scriptEnvironment('A=1 B_2=x astro build C=3')).toEqual({ A: '1', B_2: 'x' });
  expect(scriptEnvironment('astro build')).toEqual({});
});

test('the site build returns freed memory at once, keeps huge pages off, glibc to two arenas and a small young generation; the fixture build is built the same way', () => {
  const build = scriptEnvironment(packageJson.scripts.build);
  expect(build).toMatchObject({ MALLOC_ARENA_MAX: '2', MIMALLOC_ALLOW_THP: '0', MIMALLOC_PURGE_DELAY: '0', NODE_OPTIONS: '--max-semi-space-size=16' });
  const { THINKA_CONTENT_DIR, ...fixture } = scriptEnvironment(packageJson.scripts['build:fixture']);
  expect(THINKA_CONTENT_DIR).toBe('tests/fixtures/finder-content');
  expect(fixture).toEqual(build);
});
