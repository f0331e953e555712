import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { IcsExportProgress } from '../../src/shared/model/exchange'
import { ExportPanel } from '../../src/renderer/src/features/data/ExportPanel'
import { i18n } from '../../src/renderer/src/i18n'
import { ToastProvider } from '../../src/renderer/src/ui/Toast'

/** The app as the preload exposes it (`window.api`): the export is answered when the test says so. */
function fakeApp() {
  let progress: IcsExportProgress = { running: false, done: 0, total: 0 }
  let finish = () => {}
  const api = {
    'ics/export': () =>
      new Promise((resolve) => {
        finish = () => resolve({ ok: true, value: { text: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' } })
      }),
    'ics/exportProgress': () => Promise.resolve({ ok: true, value: progress }),
  }
  return {
    api,
    report: (value: IcsExportProgress) => void (progress = value),
    finish: () => finish(),
  }
}

describe('the calendar export’s progress', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:export')
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue()
  })
  // Other files share this window: they expect browser mode, and URL as it was.
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
    delete (window as { api?: unknown }).api
  })

  it.each([
    ['en', 'Preparing the calendar file…', 'Writing the calendar file: 1,500 of 10,000 interviews…'],
    ['id', 'Menyiapkan berkas kalender…', 'Menulis berkas kalender: 1.500 dari 10.000 wawancara…'],
  ])(
    'in %s, says it is preparing until the app gives a count, then counts; gone once written',
    async (language, preparing, counting) => {
      await i18n.changeLanguage(language)
      const app = fakeApp()
      ;(window as { api?: unknown }).api = app.api
      render(
        <I18nextProvider i18n={i18n}>
          <ToastProvider>
            <ExportPanel />
          </ToastProvider>
        </I18nextProvider>,
      )
      const button = screen.getByRole('button', {
        name: language === 'en' ? 'Calendar (.ics)' : 'Kalender (.ics)',
      })
      await userEvent.click(button)
      // The first look finds the app not yet writing (the last export's figures are not this one's).
      // The panel's own status (the notices region is one too).
      const status = () => screen.getAllByRole('status').filter((node) => node.closest('.panel'))
      expect(status()).toHaveLength(1)
      expect(status()[0]).toHaveTextContent(preparing)
      expect(screen.getByRole('progressbar', { name: preparing })).not.toHaveAttribute('value')
      expect(button).toBeDisabled()

      app.report({ running: true, done: 1500, total: 10_000 })
      await act(() => vi.advanceTimersByTimeAsync(200))
      expect(status()[0]).toHaveTextContent(counting)
      const bar = screen.getByRole('progressbar', { name: counting })
      expect(bar).toHaveAttribute('max', '10000')
      expect(bar).toHaveAttribute('value', '1500')

      const saved: string[] = []
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        saved.push(this.download)
      })
      app.report({ running: false, done: 10_000, total: 10_000 })
      await act(async () => app.finish())
      expect(saved).toEqual([expect.stringMatching(/^interviews-\d{4}-\d{2}-\d{2}\.ics$/)])
      expect(screen.queryByRole('progressbar')).toBeNull()
      expect(status()).toHaveLength(0)
      expect(button).toBeEnabled()
    },
  )
})
