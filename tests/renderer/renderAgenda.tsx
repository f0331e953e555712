import { render } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { AgendaView } from '../../src/renderer/src/features/calendar/AgendaView'
import type { ViewContext } from '../../src/renderer/src/features/calendar/viewContext'
import { i18n } from '../../src/renderer/src/i18n'
import type { Interview } from '../../src/shared/model/interview'

const noop = () => undefined

/** The agenda in English for days grouped as the calendar groups them: a page of 100, actions that do nothing. */
export function renderAgenda(
  context: ViewContext,
  days: [string, Interview[]][],
  options: { now: string; beyond?: number; pending?: boolean },
) {
  void i18n.changeLanguage('en')
  render(
    <I18nextProvider i18n={i18n}>
      <AgendaView
        context={context}
        days={days}
        page={{ limit: 100, beyond: options.beyond ?? 0, more: noop, pending: options.pending ?? false }}
        now={Date.parse(options.now)}
        onMessage={noop}
        onSelect={noop}
        onEdit={noop}
        onDelete={noop}
        onStatus={noop}
      />
    </I18nextProvider>,
  )
}
