import { defineConfig } from 'vitest/config'

/** `npm run bench`: measurements printed side by side with their peers; no timing is asserted. */
export default defineConfig({
  test: {
    globalSetup: ['tests/setup/parse-worker.ts'],
    include: ['tests/bench/**/*.bench.ts'],
    environment: 'node',
    testTimeout: 600_000,
    fileParallelism: false,
    reporters: ['default'],
  },
})
