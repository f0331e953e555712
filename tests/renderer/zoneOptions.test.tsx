import { render, screen, within } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import { i18n } from '../../src/renderer/src/i18n'
import { ZoneOptions } from '../../src/renderer/src/ui/options'

function renderZones(language: 'id' | 'en', current: string) {
  void i18n.changeLanguage(language)
  render(
    <I18nextProvider i18n={i18n}>
      <label>
        Zona
        <select defaultValue={current}>
          <ZoneOptions current={current} />
        </select>
      </label>
    </I18nextProvider>,
  )
  return screen.getByRole('combobox')
}

describe('the time zone choices', () => {
  it('name the common zones as people say them, first; every other zone once, by place', () => {
    const select = renderZones('id', 'Europe/Isle_of_Man')
    const common = within(select).getByRole('group', { name: 'Sering dipakai' })
    expect(
      within(common)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'WIB – Jakarta (UTC+7)',
      'WITA – Makassar, Bali (UTC+8)',
      'WIT – Jayapura (UTC+9)',
      'Singapura (UTC+8)',
      'Kuala Lumpur (UTC+8)',
      'UTC',
    ])
    const values = within(select)
      .getAllByRole('option')
      .map((option) => (option as HTMLOptionElement).value)
    expect(values.filter((value) => value === 'Asia/Jakarta')).toHaveLength(1)
    expect(values.filter((value) => value === 'Europe/Isle_of_Man')).toHaveLength(1)
    // Every other zone by place, city first: what a user scans the list for.
    expect(within(select).getByRole('option', { name: 'Isle of Man — Eropa' })).toHaveValue(
      'Europe/Isle_of_Man',
    )
    expect(within(select).getByRole('option', { name: 'Bangkok — Asia' })).toHaveValue('Asia/Bangkok')
    // Places by the names people use now, whatever id the runtime lists them by.
    expect(within(select).getByRole('option', { name: 'Kolkata — Asia' })).toHaveValue(
      Intl.supportedValuesOf('timeZone').includes('Asia/Kolkata') ? 'Asia/Kolkata' : 'Asia/Calcutta',
    )
    expect(within(select).getByRole('option', { name: 'Ho Chi Minh — Asia' })).toBeInTheDocument()
    expect(within(select).queryByRole('option', { name: /Calcutta|Saigon|Rangoon|Kiev|Godthab/ })).toBeNull()
    const places = within(within(select).getByRole('group', { name: 'Semua zona waktu' }))
      .getAllByRole('option')
      .map((option) => option.textContent!)
    expect(places).toEqual([...places].sort((a, b) => a.localeCompare(b, 'id')))
    expect(select).toHaveValue('Europe/Isle_of_Man')
  })

  it('in English, Singapore is Singapore', () => {
    const select = renderZones('en', 'Asia/Jakarta')
    expect(within(select).getByRole('option', { name: 'Singapore (UTC+8)' })).toHaveValue('Asia/Singapore')
    expect(within(select).getByRole('group', { name: 'All time zones' })).toBeInTheDocument()
    expect(select).toHaveValue('Asia/Jakarta')
  })

  it('lists a zone stored by its new id once', () => {
    const select = renderZones('en', 'Asia/Kolkata')
    expect(within(select).getAllByRole('option', { name: 'Kolkata — Asia' })).toHaveLength(1)
    expect(select).toHaveValue('Asia/Kolkata')
  })
})
