import { describe, expect, it } from 'vitest'
import { electronNativeBinding, missingNativeMessage } from '../../../src/main/native'

describe('better-sqlite3 for Electron', () => {
  it('in a checkout, comes from the per-version cache beside node_modules', () => {
    const path = electronNativeBinding({
      isPackaged: false,
      appPath: '/work/app',
      resourcesPath: '/unused',
      electronVersion: '45.4.1',
      platform: 'linux',
      arch: 'x64',
    })
    expect(path).toBe('/work/app/.cache/native/electron-45.4.1-linux-x64/better_sqlite3.node')
  })

  it('in a package, comes from the resources folder', () => {
    const path = electronNativeBinding({
      isPackaged: true,
      appPath: '/unused',
      resourcesPath: '/opt/Interview Desk/resources',
      electronVersion: '45.4.1',
    })
    expect(path).toBe('/opt/Interview Desk/resources/native/better_sqlite3.node')
  })

  it('a missing build is explained with the command that makes it', () => {
    expect(missingNativeMessage('/nowhere/better_sqlite3.node')).toMatch(/npm run electron:native/)
  })
})
