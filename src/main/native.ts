import { existsSync } from 'node:fs'
import { join } from 'node:path'

/**
 * better-sqlite3 for Electron's ABI. node_modules keeps the Node build (tests, browser mode); the
 * Electron build lives apart — in `.cache/native/electron-<version>-<platform>-<arch>/` in a checkout
 * (made by `npm run electron:native`) and in `resources/native/` in a package.
 */
export function electronNativeBinding(options: {
  isPackaged: boolean
  appPath: string
  resourcesPath: string
  electronVersion: string
  platform?: NodeJS.Platform
  arch?: string
}): string {
  const { platform = process.platform, arch = process.arch } = options
  return options.isPackaged
    ? join(options.resourcesPath, 'native', 'better_sqlite3.node')
    : join(
        options.appPath,
        '.cache',
        'native',
        `electron-${options.electronVersion}-${platform}-${arch}`,
        'better_sqlite3.node',
      )
}

export function missingNativeMessage(path: string): string | undefined {
  return existsSync(path)
    ? undefined
    : `The database module for Electron is missing (${path}). Run "npm run electron:native" and start again.`
}
