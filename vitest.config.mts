import { readdirSync, readFileSync } from 'node:fs'
import { join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { configDefaults, defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * The kill -9 suite runs for minutes, mostly waiting on the app process it restarts; started first, it overlaps
 * every other file instead of running alone at the end (a fresh clone has no timing cache to order by).
 */
const LONG_RUNNING = ['tests/main/crash-safety.test.ts', 'tests/main/fuzz-contract.test.ts']

class LongRunningFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const rank = (file: TestSpecification) => {
      const index = LONG_RUNNING.findIndex((name) => file.moduleId.endsWith(name))
      return index === -1 ? LONG_RUNNING.length : index
    }
    return sorted
      .map((file, order) => ({ file, order }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.order - b.order)
      .map(({ file }) => file)
  }
}

/**
 * The renderer files share one jsdom and one module graph per worker: a fresh one per file took most of their
 * run time. Files that replace modules or globals cannot share, so they run isolated. They are found by their
 * text, so a new one lands there without being listed here.
 */
const MOCKING = /\bvi\.(?:mock|doMock|stubGlobal|resetModules)\b/
const rendererDir = fileURLToPath(new URL('tests/renderer/', import.meta.url))
const isolatedRendererTests = readdirSync(rendererDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.test\.tsx?$/.test(file) && MOCKING.test(readFileSync(join(rendererDir, file), 'utf8')))
  .map((file) => `tests/renderer/${file.split(sep).join('/')}`)

export default defineConfig({
  plugins: [react()],
  test: {
    globalSetup: ['tests/setup/parse-worker.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/main/**/*.test.ts'],
        },
      },
      // The shared rules are pure functions: their files share one module graph per worker (the date reader and
      // every country's holidays load once, not per file: 30 s → 8 s). The zone runs (scripts/test-zones.mjs)
      // read them the same way.
      {
        extends: true,
        test: {
          name: 'shared',
          environment: 'node',
          include: ['tests/shared/**/*.test.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, ...isolatedRendererTests],
          setupFiles: ['tests/renderer/setup.ts', 'tests/renderer/setup-shared.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer-isolated',
          environment: 'jsdom',
          include: isolatedRendererTests,
          setupFiles: ['tests/renderer/setup.ts'],
          isolate: true,
        },
      },
    ],
    // vitest uses one worker fewer than the cores by default: one worker on a 2-core machine, so the kill -9
    // suite (mostly waiting on the processes it kills) ran alone for minutes. Two let it overlap the rest.
    maxWorkers: 2,
    sequence: { sequencer: LongRunningFirst },
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
})
