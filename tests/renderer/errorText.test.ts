import { describe, expect, it } from 'vitest'
import { errorText } from '../../src/renderer/src/api/errorText'
import { i18n } from '../../src/renderer/src/i18n'

describe('errors in the UI language', () => {
  it.each([
    ['en', 'DISK_FULL', 'The disk is full, so nothing was saved. Free some space, then try again.'],
    [
      'id',
      'DISK_FULL',
      'Ruang disk sudah penuh sehingga tidak ada yang tersimpan. Kosongkan sebagian ruang, lalu coba lagi.',
    ],
    ['id', 'READ_ONLY', expect.stringMatching(/^Berkas data atau foldernya hanya-baca/)],
    ['id', 'BUSY', expect.stringMatching(/^Berkas data sedang sibuk/)],
    ['en', 'TOO_LARGE', 'This file is too large (limit 8 MB).'],
  ])('%s: %s is the UI’s own text, not the app’s English message', async (language, code, expected) => {
    await i18n.changeLanguage(language)
    expect(errorText(i18n.t, { code: code as 'BUSY', message: 'English from the main process' })).toEqual(
      expected,
    )
  })

  it('other codes keep the app’s message inside the generic sentence', async () => {
    await i18n.changeLanguage('id')
    expect(errorText(i18n.t, { code: 'NOT_FOUND', message: 'gone' })).toBe('Terjadi kesalahan: gone')
  })
})
