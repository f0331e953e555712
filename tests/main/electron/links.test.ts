import { describe, expect, it, vi } from 'vitest'
import { electronMock } from './mock'

const electron = vi.hoisted(() => ({
  current: undefined as unknown as ReturnType<typeof import('./mock').electronMock>,
}))
vi.mock('electron', () => {
  electron.current = electronMock()
  return electron.current
})

const { isAllowedExternalUrl, openExternal } = await import('../../../src/main/links')

describe('openExternal allow-list', () => {
  it.each([
    ['https://meet.google.com/abc-defg-hij', true],
    ['https://wa.me/6281255501234?text=Selamat%20pagi', true],
    ['mailto:rina@example.co.id?subject=Interview', true],
    ['tel:+6281255501234', true],
    ['http://example.com', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['smb://server/share', false],
    ['whatsapp://send?phone=62812', false],
    ['https://user:pass@example.com', false],
    ['not a url', false],
  ])('%s → %s', async (url, allowed) => {
    electron.current.shell.openExternal.mockClear()
    expect(isAllowedExternalUrl(url)).toBe(allowed)
    expect(await openExternal(url)).toBe(allowed)
    expect(electron.current.shell.openExternal).toHaveBeenCalledTimes(allowed ? 1 : 0)
  })
})
