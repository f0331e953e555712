import { beforeEach, describe, expect, it } from 'vitest'
import { i18n } from '../../src/renderer/src/i18n'
import { errorText, fieldLabel } from '../../src/renderer/src/i18n/errorText'
import type { AppError, ErrorCode } from '../../src/shared/result'

const failure = (code: string, issues?: AppError['issues']) =>
  ({
    code: code as ErrorCode,
    message: 'No interview with id 123 (English, for logs only).',
    issues,
  }) as AppError

describe('errors from the main process, for people', () => {
  beforeEach(() => void i18n.changeLanguage('id'))

  it('are translated by code and never show the raw English message', () => {
    const text = errorText(failure('NOT_FOUND'))
    expect(text).toBe('Data itu sudah tidak ada. Mungkin sudah dihapus di jendela lain.')
    expect(text).not.toMatch(/interview|with id/)
  })

  it('name the field of a validation failure, and count the rest', () => {
    const issues = [
      { path: 'contact.email', code: 'invalid_email', message: 'is not a valid email address' },
      { path: 'noticeHours.late', code: 'late_not_below_short', message: '…' },
    ]
    expect(errorText(failure('VALIDATION', issues.slice(0, 1)))).toBe('Email bukan alamat email yang valid')
    expect(errorText(failure('VALIDATION', issues))).toBe(
      'Email bukan alamat email yang valid (dan 1 masalah lain)',
    )
    void i18n.changeLanguage('en')
    expect(errorText(failure('VALIDATION', issues.slice(1)))).toBe(
      'Late notice below (hours) must be fewer hours than the short-notice line',
    )
  })

  it('text pasted into the .ics import that is not a calendar points to the invitation reader', () => {
    const notIcs = [
      { path: 'text', code: 'not_ics', message: 'This is not a calendar file (no BEGIN:VCALENDAR).' },
    ]
    expect(errorText(failure('VALIDATION', notIcs))).toBe(
      'Teks bukan isi berkas kalender (.ics). Untuk undangan lewat email atau pesan, gunakan Wawancara baru → Tempel undangan.',
    )
    void i18n.changeLanguage('en')
    expect(errorText(failure('VALIDATION', notIcs))).toBe(
      'The text is not a calendar file (.ics). For an invitation sent by email or message, use New interview → Paste invitation.',
    )
    // The reader's own button is called what the text says.
    expect(i18n.t('invitations.pasteOpen')).toBe('Paste invitation')
    expect(i18n.t('agenda.newInterview')).toBe('New interview')
    void i18n.changeLanguage('id')
    expect(i18n.t('invitations.pasteOpen')).toBe('Tempel undangan')
    expect(i18n.t('agenda.newInterview')).toBe('Wawancara baru')
  })

  it('give a code this version does not know a plain sentence, and a path it does not know a neutral label', () => {
    expect(errorText(failure('NO_SUCH_CODE'))).toBe(
      'Terjadi kesalahan di dalam aplikasi. Tidak ada yang diubah.',
    )
    expect(fieldLabel('alternatives.0.startsAt')).toBe('Salah satu isian')
    expect(fieldLabel('contact.phone')).toBe('Telepon')
  })

  it.each([
    ['en', 'DISK_FULL', 'The disk is full, so nothing was saved. Free some space, then try again.'],
    [
      'id',
      'DISK_FULL',
      'Ruang disk sudah penuh sehingga tidak ada yang tersimpan. Kosongkan sebagian ruang, lalu coba lagi.',
    ],
    ['id', 'READ_ONLY', expect.stringMatching(/^Berkas data atau foldernya bersifat baca-saja/)],
    ['id', 'BUSY', expect.stringMatching(/^Berkas data sedang digunakan/)],
    ['en', 'TOO_LARGE', 'This file is too large (limit 8 MB).'],
  ])('%s: storage trouble %s says what to do, in the UI language', async (language, code, expected) => {
    await i18n.changeLanguage(language)
    expect(errorText(failure(code))).toEqual(expected)
  })
})
