/// <reference lib="dom" />
import type { Page } from '@playwright/test'
import { api, slot, type RunningServer } from '../helpers/server'
import { axeViolations, expectAccessible } from './axe'
import { APP_NOW, expect, test } from './fixtures'

test.use({ locale: 'id-ID', timezoneId: 'Asia/Jakarta', appClock: APP_NOW })

/** UI words that must never show in the Indonesian interface (names of things the user typed aside). */
const ENGLISH = new RegExp(
  `\\b(${[
    'the',
    'and',
    'of',
    'with',
    'your',
    'you',
    'interviews?',
    'save',
    'cancel',
    'delete',
    'edit',
    'close',
    'open',
    'settings',
    'alerts?',
    'calendar',
    'today',
    'week',
    'month',
    'search',
    'notice',
    'reminders?',
    'loading',
    'error',
    'minutes?',
    'hours?',
    'new',
    'back',
    'next',
    'previous',
    'add',
    'remove',
    'import',
    'export',
    'backups?',
    'follow-ups?',
    'choose',
    'file',
    'date',
    'time',
    'start',
    'end',
    'none',
    'copy',
    'send',
    'sent',
    'check',
    'dismiss',
    'undo',
    'phone',
    'onsite',
    'invited',
    'confirmed',
  ].join('|')})\\b`,
  'i',
)

/** Every text a person meets: visible text, accessible names, tooltips and placeholders; not what they typed. */
async function uiTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = []
    const foreign = (node: Element | null) => node?.closest('[lang]:not(html)')?.getAttribute('lang') === 'en'
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || parent.closest('script, style, [data-user-text]') || foreign(parent)) continue
      // Time zones are IANA names (Asia/Jakarta, Europe/Isle_of_Man), the same in every language.
      if (parent.closest('option')?.getAttribute('value')?.includes('/')) continue
      texts.push(node.textContent ?? '')
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (foreign(element)) continue
      for (const name of ['aria-label', 'title', 'placeholder'])
        if (element.hasAttribute(name)) texts.push(element.getAttribute(name) ?? '')
    }
    return texts
  })
}

async function expectIndonesian(page: Page, where: string) {
  const own = ['Interview Desk', 'Kopi Kita', 'Nusantara Data Raya', 'Bank Sentosa', 'Sinar Media']
  const offending = (await uiTexts(page))
    .map((text) => own.reduce((rest, name) => rest.replaceAll(name, ''), text))
    // File paths are the user's, not the interface's words.
    .map((text) => text.replace(/(?:[A-Za-z]:)?[\\/]\S+/g, ''))
    .filter((text) => ENGLISH.test(text))
  expect(offending, where).toEqual([])
}

async function seed(app: RunningServer) {
  const day = (offset: number, hour: number, minutes: number) =>
    slot(
      new Date(Date.parse(APP_NOW.slice(0, 10)) + (offset + 1) * 86_400_000 + (hour - 7) * 3_600_000),
      minutes,
    )
  const add = (fields: Record<string, unknown>) =>
    api(app, 'interviews/create', { mode: 'onsite', timeZone: 'Asia/Jakarta', ...fields })
  await add({
    company: 'PT Nusantara Data Raya',
    position: 'Analis Data',
    location: 'Menara Sudirman, Jakarta',
    status: 'confirmed',
    ...day(1, 9, 90),
  })
  await add({
    company: 'Bank Sentosa',
    position: 'Staf Analitik',
    location: 'Sentosa Tower, BSD',
    ...day(1, 11, 60),
  })
  await add({
    company: 'CV Kopi Kita',
    position: 'Pengolah Data',
    mode: 'video',
    meetingUrl: 'https://meet.example.com/kk',
    ...day(2, 18, 45),
  })
}

const PAGES = ['Kalender', 'Peringatan', 'Tindak lanjut', 'Data', 'Pengaturan'] as const
const FILE = {
  Kalender: 'calendar',
  Peringatan: 'alerts',
  'Tindak lanjut': 'followups',
  Data: 'data',
  Pengaturan: 'settings',
}

// One test per language and theme, so the four passes share the e2e workers instead of running as two long ones.
for (const language of ['id', 'en'] as const)
  for (const scheme of ['light', 'dark'] as const)
    test(`every page and the main dialogs: axe finds nothing serious (${language}, ${scheme})`, async ({
      page,
      app,
    }) => {
      test.setTimeout(90_000)
      await seed(app)
      await api(app, 'settings/update', { language, calendarView: 'week' })
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(app.url)
      const nav = (name: (typeof PAGES)[number]) =>
        language === 'id'
          ? name
          : {
              Kalender: 'Calendar',
              Peringatan: 'Alerts',
              'Tindak lanjut': 'Follow-ups',
              Data: 'Data',
              Pengaturan: 'Settings',
            }[name]
      for (const name of PAGES) {
        await page
          .getByRole('navigation')
          .getByRole('button', { name: new RegExp(`^${nav(name)}`) })
          .click()
        await expect(page.locator('main h1, main h2').first()).toBeVisible()
        // What the page loads is drawn before it is checked: no "Loading…", no grid still filling in.
        await expect(
          page.getByRole('main').getByText(language === 'id' ? 'Memuat…' : 'Loading…'),
        ).toHaveCount(0)
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
        const where = `${FILE[name]} ${language} ${scheme}`
        await expectAccessible(page, where)
        if (language === 'id') await expectIndonesian(page, where)
        // Screenshots once, in Indonesian (the layout is the same in English), at both widths.
        for (const width of language === 'id' ? [1024, 1920] : []) {
          await page.setViewportSize({ width, height: width === 1024 ? 768 : 1080 })
          await page.screenshot({
            path: `test-results/screens/${FILE[name]}-${language}-${scheme}-${width}.png`,
          })
        }
        await page.setViewportSize({ width: 1280, height: 800 })
      }
      await page
        .getByRole('navigation')
        .getByRole('button', { name: new RegExp(`^${nav('Kalender')}`) })
        .click()

      // The new-interview form.
      await page.keyboard.press('n')
      const form = page.getByRole('dialog')
      await expect(form.getByRole('textbox').first()).toBeFocused()
      await expectAccessible(page, `form ${language} ${scheme}`)
      if (language === 'id') await expectIndonesian(page, `form ${scheme}`)
      await page.screenshot({ path: `test-results/screens/form-${language}-${scheme}.png` })
      await page.keyboard.press('Escape')
      await expect(form).toBeHidden()

      // The composer, from the details of an interview.
      await page
        .getByRole('button', { name: /Bank Sentosa/ })
        .first()
        .click()
      await page
        .getByRole('complementary')
        .getByRole('button', { name: language === 'id' ? 'Konfirmasi…' : 'Confirm…' })
        .click()
      const composer = page.getByRole('dialog')
      await expect(composer.getByRole('textbox').last()).toBeVisible()
      await expectAccessible(page, `composer ${language} ${scheme}`)
      if (language === 'id') await expectIndonesian(page, `composer ${scheme}`)
      await page.screenshot({ path: `test-results/screens/composer-${language}-${scheme}.png` })
      await page.keyboard.press('Escape')
      await expect(composer).toBeHidden()
      await page.keyboard.press('Escape')

      // The check can fail: a button with no name, put on the page, is reported by its rule and place.
      if (language === 'en' && scheme === 'light') {
        await page.evaluate(() =>
          document.body.append(Object.assign(document.createElement('button'), { id: 'nameless' })),
        )
        expect(await axeViolations(page)).toContainEqual(expect.stringMatching(/^button-name: .*#nameless/))
      }
    })
