import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

/**
 * Dependencies of the main process and its workers that are bundled rather than required at run time (the
 * tests' bundles of the workers use the same list).
 */
export const BUNDLED = [
  '@date-fns/tz',
  'chrono-node',
  'date-fns',
  'date-holidays',
  'i18next',
  'ical.js',
  'libphonenumber-js',
  'postal-mime',
  'zod',
]

export default defineConfig({
  main: {
    build: {
      // Pure-JS dependencies are bundled: one file per entry loads in a fraction of the time Node takes to
      // resolve and read hundreds of small module files (date-fns alone is ~250), and date-fns is tree-shaken.
      // better-sqlite3 stays external: it is a native module.
      externalizeDeps: { exclude: BUNDLED },
      rollupOptions: {
        // index: the Electron app; web: browser mode, the same handlers over HTTP (runs on plain Node);
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          web: resolve(__dirname, 'src/main/web/cli.ts'),
          // parseWorker: untrusted files are read in this worker thread, bounded in time and memory.
          parseWorker: resolve(__dirname, 'src/main/parsing/worker.ts'),
          // exportWorker: a calendar export reads and writes in this worker thread, off the request path.
          exportWorker: resolve(__dirname, 'src/main/ics/exportWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // sandbox: true needs a CommonJS preload that requires nothing but 'electron'.
      rollupOptions: { output: { format: 'cjs' } },
    },
  },
  renderer: {
    plugins: [react()],
    build: {
      minify: true,
      // One stylesheet for the whole app, loaded with the page: the parts fetched later (see lazyPart) never
      // draw unstyled.
      cssCodeSplit: false,
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
  },
})
