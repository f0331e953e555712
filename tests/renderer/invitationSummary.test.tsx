import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { InvitationReading, InvitationSlot } from '../../src/shared/model/invitation'
import { InvitationSummary } from '../../src/renderer/src/features/interviews/InvitationSummary'
import { i18n } from '../../src/renderer/src/i18n'

const reading = (extra: Partial<InvitationReading> = {}): InvitationReading => ({
  interview: { company: 'PT Maju', startsAt: '2026-12-09T03:00:00.000Z' },
  sources: {},
  missing: [],
  notices: [],
  ...extra,
})

const show = (
  value: InvitationReading,
  { onChoose = () => {}, chosen }: { onChoose?: (choice: InvitationSlot) => void; chosen?: string } = {},
) =>
  render(
    <I18nextProvider i18n={i18n}>
      <InvitationSummary
        reading={value}
        filled={2}
        interviews={[]}
        onMove={() => {}}
        onAnswer={() => {}}
        onChoose={onChoose}
        chosen={chosen}
      />
    </I18nextProvider>,
  )

const CHOICES: InvitationSlot[] = [
  {
    startsAt: '2026-12-09T03:00:00.000Z',
    endsAt: '2026-12-09T04:00:00.000Z',
    source: 'Rabu, 9 Desember 2026 pukul 10.00 – 11.00 WIB',
  },
  {
    startsAt: '2026-12-10T07:00:00.000Z',
    endsAt: '2026-12-10T08:00:00.000Z',
    source: 'Kamis, 10 Desember 2026 pukul 14.00 – 15.00 WIB',
  },
]
const offering = reading({ interview: { company: 'PT Mitra', timeZone: 'Asia/Jakarta' }, choices: CHOICES })

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

  it('offers each time the invitation gives to choose from as a button, in the invitation’s zone', async () => {
    await i18n.changeLanguage('en')
    const onChoose = vi.fn()
    show(offering, { onChoose })
    expect(screen.getByRole('status')).toHaveTextContent(
      'The invitation offers 2 time slots to choose from, so the date and time were left blank.',
    )
    const second = screen.getByRole('button', { name: 'Thursday 10 December, 14:00–15:00' })
    expect(screen.getByRole('button', { name: 'Wednesday 9 December, 10:00–11:00' })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
    await userEvent.click(second)
    expect(onChoose).toHaveBeenCalledWith(CHOICES[1])
  })

  it('shows the one the form holds pressed; in Indonesian, times as Indonesian writes them', async () => {
    await i18n.changeLanguage('id')
    show(offering, { chosen: CHOICES[1]!.startsAt })
    expect(screen.getByRole('status')).toHaveTextContent(
      'Undangan menawarkan 2 pilihan jadwal sehingga tanggal dan jam belum diisi.',
    )
    expect(screen.getByRole('button', { name: 'Kamis, 10 Desember, pukul 14.00–15.00' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })

  it('says, under the times, which of them is written beside a weekday it does not fall on', async () => {
    await i18n.changeLanguage('en')
    const [first, second] = CHOICES
    show(reading({ ...offering, choices: [{ ...first!, otherWeekday: 'Kamis' }, second!] }))
    expect(screen.getByRole('status')).toHaveTextContent(
      'The invitation says “Kamis”, but 9 December 2026 is a Wednesday. Ask the company which day they mean before you save.',
    )
    expect(screen.getByRole('status')).not.toHaveTextContent('10 December 2026 is')
  })

  it('names the country whose public holiday the day is, in the language shown', async () => {
    await i18n.changeLanguage('en')
    const { unmount } = show(reading({ holiday: { date: '2027-08-09', country: 'SG' } }))
    expect(screen.getByRole('status')).toHaveTextContent(
      'Monday, 9 August 2027 is a public holiday in Singapore, and most offices will be closed.',
    )
    unmount()
    const uk = show(reading({ holiday: { date: '2026-12-25', country: 'GB' } }))
    expect(screen.getByRole('status')).toHaveTextContent('is a public holiday in the United Kingdom,')
    uk.unmount()
    await i18n.changeLanguage('id')
    show(reading({ holiday: { date: '2027-08-09', country: 'SG' } }))
    expect(screen.getByRole('status')).toHaveTextContent(
      'Senin, 9 Agustus 2027 adalah hari libur resmi di Singapura dan umumnya kantor tutup pada hari itu.',
    )
  })
})
