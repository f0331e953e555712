import { act, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { alertTextsEn } from '../../src/shared/i18n/alerts-en'
import { alertTextsId } from '../../src/shared/i18n/alerts-id'
import { defaultSettings, type Language } from '../../src/shared/model/settings'
import type { NoticeText } from '../../src/shared/schedule/noticeText'
import { SettingsContext } from '../../src/renderer/src/app/SettingsContext'
import { i18n } from '../../src/renderer/src/i18n'
import { useNoticeWords } from '../../src/renderer/src/i18n/useNoticeWords'

function Words({ texts }: { texts: NoticeText[] }) {
  const word = useNoticeWords()
  return (
    <ul>
      {texts.map((text, index) => (
        <li key={index}>{word(text)}</li>
      ))}
    </ul>
  )
}

async function wordsIn(language: Language, timeZone: string, texts: NoticeText[]): Promise<string[]> {
  await act(() => i18n.changeLanguage(language))
  render(
    <I18nextProvider i18n={i18n}>
      <SettingsContext.Provider value={defaultSettings({ language, timeZone })}>
        <Words texts={texts} />
      </SettingsContext.Provider>
    </I18nextProvider>,
  )
  return screen.getAllByRole('listitem').map((item) => item.textContent ?? '')
}

const overlap: NoticeText = {
  code: 'overlap',
  params: {
    first: 'Bank Sentosa',
    second: 'Kopi Kita',
    firstStartsAt: '2026-12-07T03:00:00.000Z',
    firstEndsAt: '2026-12-07T04:30:00.000Z',
    secondStartsAt: '2026-12-07T04:00:00.000Z',
    secondEndsAt: '2026-12-07T05:00:00.000Z',
  },
}
const overdue: NoticeText = {
  code: 'task-overdue',
  params: { task: 'send-thanks', company: 'Kopi Kita', dueAt: '2026-12-05T10:30:00.000Z' },
}
const crowded: NoticeText = {
  code: 'same-day-crowded',
  params: {
    startsAt: '2026-12-08T01:00:00.000Z',
    companies: ['Nusantara Data', 'Kopi Kita', 'Bank Sentosa'],
  },
}
const travel: NoticeText = {
  code: 'travel',
  params: {
    first: 'Nusantara Data',
    second: 'Bank Sentosa',
    startsAt: '2026-12-07T02:00:00.000Z',
    gapMinutes: 1,
    neededMinutes: 75,
  },
}
const upcoming: NoticeText = {
  code: 'upcoming',
  params: { company: 'Kopi Kita', startsAt: '2026-12-07T03:00:00.000Z', hours: 1 },
}

afterEach(() => act(() => i18n.changeLanguage('en')))

describe('alert and reminder codes, worded by the renderer from its catalog', () => {
  it('in English, times in the display zone, counts and units in words', async () => {
    expect(await wordsIn('en', 'Asia/Jakarta', [overlap, overdue, crowded, travel, upcoming])).toEqual([
      'Bank Sentosa (10:00–11:30) and Kopi Kita (11:00–12:00) overlap on Monday, 7 December.',
      'Send Kopi Kita a thank-you note: overdue since Saturday, 5 December at 17:30 WIB.',
      '3 interviews on Tuesday, 8 December: Nusantara Data, Kopi Kita and Bank Sentosa. That is a lot for one day; consider moving one.',
      'Only 1 minute between Nusantara Data and Bank Sentosa on Monday, 7 December, but you need about 75 minutes to get to the next place.',
      'Interview with Kopi Kita in 1 hour: Monday, 7 December at 10:00 WIB.',
    ])
  })

  it('in Indonesian, times as EYD writes them, units in words', async () => {
    expect(await wordsIn('id', 'Asia/Jakarta', [overlap, overdue, crowded, travel, upcoming])).toEqual([
      'Jadwal wawancara dengan Bank Sentosa (10.00–11.30) dan Kopi Kita (11.00–12.00) bentrok pada Senin, 7 Desember.',
      'Kirim ucapan terima kasih kepada Kopi Kita: tenggatnya sudah lewat (Sabtu, 5 Desember pukul 17.30 WIB).',
      'Ada 3 wawancara pada Selasa, 8 Desember: Nusantara Data, Kopi Kita, dan Bank Sentosa. Jadwal hari itu terlalu padat; pertimbangkan untuk memindahkan salah satunya.',
      'Pada Senin, 7 Desember, jeda antara wawancara dengan Nusantara Data dan Bank Sentosa hanya 1 menit, padahal perjalanan ke lokasi wawancara berikutnya memerlukan sekitar 75 menit.',
      'Wawancara dengan Kopi Kita dimulai 1 jam lagi, pada Senin, 7 Desember pukul 10.00 WIB.',
    ])
  })

  it('follow the display zone, not the zone the instant was stored in', async () => {
    expect(await wordsIn('id', 'Asia/Makassar', [upcoming])).toEqual([
      'Wawancara dengan Kopi Kita dimulai 1 jam lagi, pada Senin, 7 Desember pukul 11.00 WITA.',
    ])
  })

  it('have an entry for every code in both languages, and no English left in the Indonesian ones', () => {
    const codes = Object.keys(alertTextsEn.alertText).sort()
    expect(Object.keys(alertTextsId.alertText).sort()).toEqual(codes)
    const english = /\b(the|and|with|before|after|interview|notice|minutes?|hours?|due|overdue)\b/i
    for (const code of codes) {
      const text = alertTextsId.alertText[code as keyof typeof alertTextsId.alertText]
      expect(text.replace(/\{\{\w+\}\}/g, ''), code).not.toMatch(english)
    }
  })
})
