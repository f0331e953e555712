import { vi } from 'vitest'
import type { Interview } from '../../src/shared/model/interview'
import type { Language } from '../../src/shared/model/settings'
import { interviewsByDay } from '../../src/shared/schedule/agenda'
import type { Alert } from '../../src/shared/schedule/alerts'
import type { ViewContext } from '../../src/renderer/src/features/calendar/viewContext'
import { NO_ALERTS } from '../../src/renderer/src/features/calendar/useAlertsByInterview'
import { dateLocale, i18n } from '../../src/renderer/src/i18n'

export const ZONE = 'Asia/Jakarta'

/**
 * What the calendar page hands a view, for Monday 7 December 2026 in Jakarta: every callback a spy, drags
 * through spies too (`pointer` is what `drag.handlers` gives a chip).
 */
export function testViewContext(options: { alerts?: Record<string, Alert[]>; language?: Language } = {}) {
  const language = options.language ?? 'en'
  void i18n.changeLanguage(language)
  const pointer = {
    onPointerDown: vi.fn(),
    onPointerMove: vi.fn(),
    onPointerUp: vi.fn(),
    onPointerCancel: vi.fn(),
  }
  const drag = {
    preview: undefined,
    handlers: vi.fn(() => pointer),
    press: vi.fn(),
    move: vi.fn(),
    release: vi.fn(),
    cancel: vi.fn(),
    wasDrag: () => false,
  }
  const context: ViewContext = {
    zone: ZONE,
    locale: dateLocale(language),
    today: '2026-12-07',
    date: '2026-12-07',
    slot: 9 * 60,
    alertsOf: (id) => options.alerts?.[id] ?? NO_ALERTS,
    selectedId: undefined,
    select: vi.fn(),
    create: vi.fn(),
    openDay: vi.fn(),
    focusDay: vi.fn(),
    takeFocusRequest: () => false,
    drag,
  }
  return { context, drag, pointer }
}

/** The interviews by day, as the calendar page groups them for a view. */
export const byDayOf = (interviews: Interview[]) => interviewsByDay(interviews, ZONE)
