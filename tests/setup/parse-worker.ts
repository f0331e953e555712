import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'vite'

const root = resolve(__dirname, '../..')

/**
 * Tests import the main process from source, where no built worker exists: bundle it once per run, as
 * electron-vite does for the app, inside node_modules so that its dependencies resolve as they do when built.
 */
export default async function setup(): Promise<void> {
  const outDir = join(root, 'node_modules/.cache/interview-desk-test')
  mkdirSync(outDir, { recursive: true })
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      ssr: join(root, 'src/main/parsing/worker.ts'),
      outDir,
      emptyOutDir: false,
      minify: false,
      rollupOptions: { output: { format: 'cjs', entryFileNames: 'parseWorker.js' } },
    },
  })
  process.env.INTERVIEW_DESK_PARSE_WORKER = join(outDir, 'parseWorker.js')
  // The calendar export's worker, likewise.
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      ssr: join(root, 'src/main/ics/exportWorker.ts'),
      outDir,
      emptyOutDir: false,
      minify: false,
      rollupOptions: { output: { format: 'cjs', entryFileNames: 'exportWorker.js' } },
    },
  })
  process.env.INTERVIEW_DESK_EXPORT_WORKER = join(outDir, 'exportWorker.js')
}
