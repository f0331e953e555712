import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '../../src/renderer/src/i18n'
import { useLanguageT, type Translate } from '../../src/renderer/src/i18n/useLanguageT'

const seen: Translate[] = []

function Label({ company }: { company: string }) {
  const { t, language } = useLanguageT()
  seen.push(t)
  return (
    <p>
      {language}: {t('agenda.edit')} / {t('agenda.changeStatus', { company })}
    </p>
  )
}

describe('useLanguageT: one translation per language for components drawn by the hundred', () => {
  afterEach(() => void act(() => void i18n.changeLanguage('en')))

  it('translates with and without values, and every component shares the same translation', () => {
    act(() => void i18n.changeLanguage('en'))
    seen.length = 0
    render(
      <>
        <Label company="PT Maju" />
        <Label company="CV Kita" />
      </>,
    )
    expect(screen.getByText(/PT Maju/).textContent).toBe(
      `en: ${i18n.t('agenda.edit')} / ${i18n.t('agenda.changeStatus', { company: 'PT Maju' })}`,
    )
    expect(screen.getByText(/CV Kita/)).toBeTruthy()
    expect(seen[0]).toBe(seen[1])
  })

  it('draws again in the new language when it changes', () => {
    act(() => void i18n.changeLanguage('en'))
    render(<Label company="PT Maju" />)
    const english = screen.getByText(/PT Maju/).textContent
    act(() => void i18n.changeLanguage('id'))
    const indonesian = screen.getByText(/PT Maju/).textContent
    expect(indonesian).toBe(
      `id: ${i18n.getFixedT('id')('agenda.edit')} / ${i18n.getFixedT('id')('agenda.changeStatus', { company: 'PT Maju' })}`,
    )
    expect(indonesian).not.toBe(english)
  })
})
