import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The e2e tests spawn the built CLI; two cores, so keep the pool small.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The renderer's V8 code cache of every CLI the tests spawn goes to a temporary folder, never
    // into the tester's ~/.cache (tests that study the cache set their own).
    env: { XDG_CACHE_HOME: join(tmpdir(), 'linkage-test-cache') },
  },
});
