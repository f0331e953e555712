import { existsSync } from 'node:fs'
import { join } from 'node:path'

/**
 * A worker thread's script. Built: electron-vite emits it beside `index.js` and `web.js` (the module asking
 * may sit in `chunks/`, hence the parent). From source (vitest) a global setup bundles it and names it in
 * the environment variable `env`.
 */
export function workerFile(file: string, env: string, what: string): string {
  const candidates = [join(__dirname, file), join(__dirname, '..', file)]
  const built = candidates.find((candidate) => existsSync(candidate))
  const fromEnv = process.env[env]
  if (built) return built
  if (fromEnv && existsSync(fromEnv)) return fromEnv
  throw new Error(`The ${what} worker is missing (looked for ${candidates.join(', ')}).`)
}
