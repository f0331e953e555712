import { render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import { formValuesOf } from '../../src/renderer/src/features/interviews/formModel'
import { SchedulePreview } from '../../src/renderer/src/features/interviews/SchedulePreview'
import { i18n } from '../../src/renderer/src/i18n'
import { at, settings } from '../helpers/interviews'

/** Kopi Kita asked to move to Tuesday 8 December 10:00 WIB; nothing is agreed yet. */
const asking = at('2026-12-07T03:00', 60, {
  company: 'Kopi Kita',
  reschedule: {
    proposed: [{ startsAt: '2026-12-08T03:00:00.000Z', endsAt: '2026-12-08T04:00:00.000Z' }],
    requestedAt: '2026-12-04T00:00:00.000Z',
  },
})

function preview(language: 'en' | 'id', startsAt: string) {
  void i18n.changeLanguage(language)
  const candidate = at(startsAt, 60, { company: 'Bank Sentosa', mode: 'video' })
  render(
    <I18nextProvider i18n={i18n}>
      <SchedulePreview
        values={formValuesOf(candidate)}
        interviews={[asking]}
        travelTimes={[]}
        settings={settings({ language })}
        now={Date.parse('2026-12-04T00:00:00Z')}
      />
    </I18nextProvider>,
  )
}

describe('SchedulePreview and times proposed to another company', () => {
  it('says a new time on a proposed one is tentative, naming the company', () => {
    preview('en', '2026-12-08T03:30')
    expect(screen.getByRole('region', { name: 'Checks for this time' })).toHaveTextContent(
      'On a time proposed to Kopi Kita (10:00–11:00); tentative until they answer.',
    )
  })

  it('in Indonesian too, with times as Indonesian writes them', () => {
    preview('id', '2026-12-08T03:30')
    expect(screen.getByRole('region')).toHaveTextContent(
      'Jatuh pada waktu yang diusulkan kepada Kopi Kita (10.00–11.00)',
    )
  })

  it('in Indonesian, a clash is written 10.00–11.00, not 10:00–11:00', () => {
    preview('id', '2026-12-07T03:00')
    expect(screen.getByRole('region')).toHaveTextContent('Bentrok dengan Kopi Kita (10.00–11.00).')
  })

  it('in Indonesian, outside the working hours says them as Indonesian writes them', () => {
    preview('id', '2026-12-12T03:00')
    expect(screen.getByRole('region')).toHaveTextContent(
      /Di luar jam kerja \(\d{2}\.\d{2}–\d{2}\.\d{2} pada hari kerja\)/,
    )
  })

  it('the agreed time is a real clash, not a tentative one', () => {
    preview('en', '2026-12-07T03:00')
    const region = screen.getByRole('region')
    expect(region).toHaveTextContent('Overlaps Kopi Kita (10:00–11:00).')
    expect(region).not.toHaveTextContent('proposed')
  })

  it('back to back, says there is no time between, not "only 0 min"', () => {
    preview('id', '2026-12-07T04:00')
    expect(screen.getByRole('region')).toHaveTextContent(
      'Tidak ada jeda antara wawancara ini dan wawancara dengan Kopi Kita; sediakan setidaknya',
    )
    expect(screen.getByRole('region')).not.toHaveTextContent('hanya 0 menit')
  })

  it('with a short gap, says how short', () => {
    preview('en', '2026-12-07T04:05')
    expect(screen.getByRole('region')).toHaveTextContent(
      'Only 5 min between this interview and your Kopi Kita interview',
    )
  })
})
