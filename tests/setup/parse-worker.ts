import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import { BUNDLED } from '../../electron.vite.config'

const root = resolve(__dirname, '../..')

/** The app's worker threads: their source, and the variable that tells the main process where the bundle is. */
const WORKERS = [
  { source: 'src/main/parsing/worker.ts', file: 'parseWorker.js', env: 'INTERVIEW_DESK_PARSE_WORKER' },
  { source: 'src/main/ics/exportWorker.ts', file: 'exportWorker.js', env: 'INTERVIEW_DESK_EXPORT_WORKER' },
]

/**
 * Tests import the main process from source, where no built worker exists: bundle each once per run, as
 * electron-vite does for the app (the same dependencies bundled, better-sqlite3 left to node_modules), inside
 * node_modules so that what stays external resolves as it does when built.
 */
export default async function setup(): Promise<void> {
  const outDir = join(root, 'node_modules/.cache/interview-desk-test')
  mkdirSync(outDir, { recursive: true })
  for (const worker of WORKERS) {
    await build({
      configFile: false,
      logLevel: 'warn',
      root,
      // As electron-vite builds them: the listed dependencies bundled, and theirs with them (date-holidays'
      // parser), only what is neither (better-sqlite3) left to node_modules.
      ssr: { noExternal: [...BUNDLED, /^date-holidays-parser/] },
      build: {
        ssr: join(root, worker.source),
        outDir,
        emptyOutDir: false,
        minify: false,
        rollupOptions: { output: { format: 'cjs', entryFileNames: worker.file } },
      },
    })
    process.env[worker.env] = join(outDir, worker.file)
  }
}
