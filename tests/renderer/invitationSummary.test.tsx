import { render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import type { InvitationReading } from '../../src/shared/model/invitation'
import { InvitationSummary } from '../../src/renderer/src/features/interviews/InvitationSummary'
import { i18n } from '../../src/renderer/src/i18n'

const reading = (extra: Partial<InvitationReading> = {}): InvitationReading => ({
  interview: { company: 'PT Maju', startsAt: '2026-12-09T03:00:00.000Z' },
  sources: {},
  missing: [],
  notices: [],
  ...extra,
})

const show = (value: InvitationReading) =>
  render(
    <I18nextProvider i18n={i18n}>
      <InvitationSummary reading={value} filled={2} interviews={[]} onMove={() => {}} onAnswer={() => {}} />
    </I18nextProvider>,
  )

describe('what reading an invitation found', () => {
  afterEach(() => void i18n.changeLanguage('en'))

  it('says when the weekday the invitation writes is not the one its date falls on', async () => {
    await i18n.changeLanguage('en')
    show(reading({ weekdayClash: { date: '2026-12-09', written: 'Kamis' } }))
    expect(screen.getByRole('status')).toHaveTextContent(
      'The invitation says “Kamis”, but 9 December 2026 is a Wednesday. Ask the company which day they mean before you save.',
    )
  })

  it('in Indonesian too', async () => {
    await i18n.changeLanguage('id')
    show(reading({ weekdayClash: { date: '2026-12-09', written: 'Kamis' } }))
    expect(screen.getByRole('status')).toHaveTextContent(
      'Undangan menyebut hari “Kamis”, padahal 9 Desember 2026 jatuh pada hari Rabu.',
    )
  })

  it('says nothing of weekdays when they agree', async () => {
    await i18n.changeLanguage('en')
    show(reading())
    expect(screen.getByRole('status')).not.toHaveTextContent(/Wednesday|weekday|which day/)
  })
})
