import { addDays, format } from 'date-fns'
import { describe, expect, it, vi } from 'vitest'
import { countText, dayNames } from '../../src/renderer/src/features/calendar/labels'
import i18next from 'i18next'
import { monthTexts, prepareMonthTexts } from '../../src/renderer/src/features/calendar/monthTexts'
import { dateLocale, i18n } from '../../src/renderer/src/i18n'
import { en } from '../../src/renderer/src/i18n/en'
import { id } from '../../src/renderer/src/i18n/id'

describe("the month view's day names", () => {
  it.each(['en', 'id'])('say what date-fns format says for every day of two years (%s)', (language) => {
    const locale = dateLocale(language)
    for (let i = 0; i < 731; i += 1) {
      const date = addDays(new Date(2026, 0, 1, 12), i)
      const day = format(date, 'yyyy-MM-dd')
      expect(dayNames(day, locale)).toEqual({
        full: format(date, 'EEEE, d MMMM yyyy', { locale }),
        dayMonth: format(date, 'd MMMM', { locale }),
        weekday: format(date, 'EEEE', { locale }),
        weekdayShort: format(date, 'EEE', { locale }),
      })
    }
  })

  it('are in the language asked for', () => {
    expect(dayNames('2027-03-10', dateLocale('en')).full).toBe('Wednesday, 10 March 2027')
    expect(dayNames('2027-03-10', dateLocale('id')).full).toBe('Rabu, 10 Maret 2027')
  })
})

describe("the month view's counts", () => {
  it.each(['en', 'id'])(
    'say what i18next says for every count, translating once per plural form (%s)',
    (language) => {
      const t = i18n.getFixedT(language)
      for (const key of ['agenda.count', 'calendar.more']) {
        const translate = vi.fn((count: number) => t(key, { count }))
        const text = countText(language, translate)
        for (const count of [3, 1, 0, 2, 11, 1, 21, 100, 1000]) expect(text(count)).toBe(t(key, { count }))
        // English has two forms (one, other), Indonesian one.
        expect(translate).toHaveBeenCalledTimes(language === 'en' ? 2 : 1)
      }
    },
  )

  it('translates each count when a form does not hold its number exactly once', () => {
    const translate = vi.fn((count: number) =>
      count === 1 ? 'a single interview' : `${count} interviews (${count} in all)`,
    )
    const text = countText('en', translate)
    expect([1, 2, 3, 3].map(text)).toEqual([
      'a single interview',
      '2 interviews (2 in all)',
      '3 interviews (3 in all)',
      '3 interviews (3 in all)',
    ])
    expect(translate).toHaveBeenCalledTimes(3)
  })
})

describe("the month's texts, prepared when a language is set", () => {
  it.each(['en', 'id'])(
    'say what i18next says, with nothing left to translate for a first month (%s)',
    (lng) => {
      const instance = i18next.createInstance()
      void instance.init({
        resources: { en: { translation: en }, id: { translation: id } },
        lng,
        initAsync: false,
      })
      prepareMonthTexts(instance, lng)
      const t = instance.getFixedT(lng)
      const expected = {
        count: [0, 1, 2, 7, 35].map((count) => t('agenda.count', { count })),
        more: [1, 2, 32].map((count) => t('calendar.more', { count })),
        openDay: t('calendar.openDay', { date: '10 March' }),
        mode: t('mode.video'),
        status: t('status.cancelled'),
      }
      const translate = vi.spyOn(instance, 't')
      const texts = monthTexts(instance, lng, 'Asia/Jakarta')
      expect({
        count: [0, 1, 2, 7, 35].map(texts.count),
        more: [1, 2, 32].map(texts.more),
        openDay: texts.openDay('10 March'),
        mode: texts.words.mode('video'),
        status: texts.words.status('cancelled'),
      }).toEqual(expected)
      // English's 0 is of the "other" form, prepared with 2: nothing was translated while drawing.
      expect(translate).not.toHaveBeenCalled()
    },
  )

  it("are prepared for the app's language when it changes", async () => {
    const before = i18n.language
    await i18n.changeLanguage('id')
    const translate = vi.spyOn(i18n, 't')
    try {
      expect(monthTexts(i18n, 'id', 'UTC').count(4)).toBe('4 wawancara')
      expect(translate).not.toHaveBeenCalled()
    } finally {
      translate.mockRestore()
      await i18n.changeLanguage(before)
    }
  })
})
