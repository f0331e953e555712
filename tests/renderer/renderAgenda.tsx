import { render } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { AgendaView, useAgendaLimit } from '../../src/renderer/src/features/calendar/AgendaView'
import type { ViewContext } from '../../src/renderer/src/features/calendar/viewContext'
import { i18n } from '../../src/renderer/src/i18n'
import type { Interview } from '../../src/shared/model/interview'

const noop = () => undefined

interface AgendaOptions {
  now: string
  beyond?: number
  pending?: boolean
}

/**
 * The agenda in English for days grouped as the calendar groups them, with "show more" as the calendar keeps
 * it (a page of 100 at first); actions that do nothing.
 */
export function renderAgenda(context: ViewContext, days: [string, Interview[]][], options: AgendaOptions) {
  void i18n.changeLanguage('en')
  render(
    <I18nextProvider i18n={i18n}>
      <Agenda context={context} days={days} options={options} />
    </I18nextProvider>,
  )
}

function Agenda(props: { context: ViewContext; days: [string, Interview[]][]; options: AgendaOptions }) {
  const { context, days, options } = props
  const { limit, showUpTo } = useAgendaLimit(context.date, false)
  return (
    <AgendaView
      context={context}
      days={days}
      page={{ limit, beyond: options.beyond ?? 0, showUpTo, pending: options.pending ?? false }}
      now={Date.parse(options.now)}
      onMessage={noop}
      onSelect={noop}
      onEdit={noop}
      onDelete={noop}
      onStatus={noop}
    />
  )
}
