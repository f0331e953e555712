import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../src/renderer/src/i18n'
import { DateField } from '../../src/renderer/src/ui/DateField'
import { clockOfText, dayKeyOfText, textOfDayKey } from '../../src/renderer/src/ui/dateText'
import { TimeField } from '../../src/renderer/src/ui/TimeField'

describe('typed dates and times', () => {
  it.each([
    ['30/11/2026', '2026-11-30'],
    ['1/2/2027', '2027-02-01'],
    ['30.11.2026', '2026-11-30'],
    ['2026-11-30', '2026-11-30'],
    ['31/11/2026', undefined],
    ['30/11/26', undefined],
    ['11/30/2026', undefined],
  ])('date %s → %s', (text, key) => expect(dayKeyOfText(text)).toBe(key))

  it.each([
    ['08:00', '08:00'],
    ['8.30', '08:30'],
    ['0830', '08:30'],
    ['830', '08:30'],
    ['14', '14:00'],
    ['24:00', undefined],
    ['8:3', undefined],
    ['08:00 AM', undefined],
  ])('time %s → %s', (text, clock) => expect(clockOfText(text)).toBe(clock))

  it('shows a day key day first', () => expect(textOfDayKey('2026-11-30')).toBe('30/11/2026'))
})

function Dates({ onChange }: { onChange: (value: string) => void }) {
  const [value, setValue] = useState('2026-11-30')
  return (
    <I18nextProvider i18n={i18n}>
      <label>
        Tanggal
        <DateField
          value={value}
          onChange={(next) => {
            setValue(next)
            onChange(next)
          }}
        />
      </label>
    </I18nextProvider>
  )
}

/** A time field starting at 08:00, labelled "Mulai", whose every change also goes to `onChange`. */
function renderTimeField(onChange: (value: string) => void) {
  function Times() {
    const [value, setValue] = useState('08:00')
    return (
      <label>
        Mulai
        <TimeField
          value={value}
          onChange={(next) => {
            setValue(next)
            onChange(next)
          }}
        />
      </label>
    )
  }
  render(<Times />)
}

describe('DateField and TimeField', () => {
  // The picker's chunk, compiled once here as the build has it ready: the field still fetches it when its
  // calendar first opens, but does not wait for vitest to transform react-day-picker.
  beforeAll(() => import('../../src/renderer/src/ui/DayPickerPart'))

  it('pick a day by keyboard from a calendar in the app language, and Escape closes only the calendar', async () => {
    await i18n.changeLanguage('id')
    const onChange = vi.fn()
    render(<Dates onChange={onChange} />)
    expect(screen.getByRole('textbox', { name: 'Tanggal' })).toHaveValue('30/11/2026')
    await userEvent.click(screen.getByRole('button', { name: 'Pilih tanggal' }))
    // The picker's code comes in a chunk of its own, the first time it opens.
    expect(await screen.findByRole('grid', { name: 'November 2026' })).toBeInTheDocument()
    // Weeks start on Monday; the day names are Indonesian.
    expect(document.querySelector('th[scope="col"]')).toHaveAttribute('aria-label', 'Senin')
    await userEvent.keyboard('{ArrowRight}{Enter}')
    expect(onChange).toHaveBeenLastCalledWith('2026-12-01')
    expect(screen.getByRole('textbox', { name: 'Tanggal' })).toHaveValue('01/12/2026')
    expect(screen.getByRole('button', { name: 'Pilih tanggal' })).toHaveFocus()

    await userEvent.keyboard('{Enter}')
    expect(screen.getByRole('grid')).toBeInTheDocument()
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('grid')).not.toBeInTheDocument()
  })

  it('take a typed date day first and hand on an unfinished one as typed', async () => {
    await i18n.changeLanguage('en')
    const onChange = vi.fn()
    render(<Dates onChange={onChange} />)
    const input = screen.getByRole('textbox', { name: 'Tanggal' })
    await userEvent.clear(input)
    await userEvent.type(input, '7/12/202')
    expect(onChange).toHaveBeenLastCalledWith('7/12/202')
    await userEvent.type(input, '6')
    expect(onChange).toHaveBeenLastCalledWith('2026-12-07')
    await userEvent.tab()
    expect(input).toHaveValue('07/12/2026')
  })

  it('move a time by a quarter hour with the arrow keys and tidy a typed time on leaving', async () => {
    const onChange = vi.fn()
    renderTimeField(onChange)
    const input = screen.getByRole('textbox', { name: 'Mulai' })
    await userEvent.click(input)
    await userEvent.keyboard('{ArrowUp}{ArrowUp}')
    expect(onChange).toHaveBeenLastCalledWith('08:30')
    await userEvent.clear(input)
    await userEvent.type(input, '9.45')
    expect(onChange).toHaveBeenLastCalledWith('09:45')
    await userEvent.tab()
    expect(input).toHaveValue('09:45')
  })
  it('in Indonesian, shows a time as Indonesian writes it and hands on the same value', async () => {
    await i18n.changeLanguage('id')
    const onChange = vi.fn()
    renderTimeField(onChange)
    const input = screen.getByRole('textbox', { name: 'Mulai' })
    expect(input).toHaveValue('08.00')
    expect(input).toHaveAttribute('placeholder', 'jj.mm')
    await userEvent.click(input)
    await userEvent.keyboard('{ArrowUp}')
    expect(input).toHaveValue('08.15')
    expect(onChange).toHaveBeenLastCalledWith('08:15')
    await userEvent.clear(input)
    await userEvent.type(input, '14:30')
    expect(onChange).toHaveBeenLastCalledWith('14:30')
    await userEvent.tab()
    expect(input).toHaveValue('14.30')
    await i18n.changeLanguage('en')
  })
})
