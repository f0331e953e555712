import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '../../src/renderer/src/i18n'
import { noticeSpan } from '../../src/renderer/src/i18n/noticeSpan'

describe('the notice a change gives, in words', () => {
  afterEach(() => void i18n.changeLanguage('en'))

  it('counts whole days from two days on, and hours below that', async () => {
    await i18n.changeLanguage('id')
    const t = i18n.t.bind(i18n)
    expect(noticeSpan(t, 'drafts.notice', 'ample', 191.6)).toBe(
      'Wawancara masih 7 hari lagi — pemberitahuannya cukup.',
    )
    expect(noticeSpan(t, 'drafts.notice', 'ample', 47.9)).toBe(
      'Wawancara masih 47 jam lagi — pemberitahuannya cukup.',
    )
    expect(noticeSpan(t, 'drafts.notice', 'short', 30)).toBe(
      'Wawancara tinggal 30 jam lagi (kurang dari 48 jam).',
    )
    expect(noticeSpan(t, 'preview.notice', 'ample', 220)).toBe(
      'Jika dipindahkan sekarang, perusahaan diberi tahu 9 hari sebelumnya — masih cukup.',
    )
    await i18n.changeLanguage('en')
    expect(noticeSpan(t, 'drafts.notice', 'ample', 220)).toBe(
      'Notice: 9 days before the interview — that’s ample.',
    )
    expect(noticeSpan(t, 'preview.notice', 'ample', 48)).toBe('Moving it now gives 2 days of notice: ample.')
    expect(noticeSpan(t, 'drafts.notice', 'late', 5.5)).toBe(
      'Notice: under 24 hours (5 h) before the interview.',
    )
  })
})
