import { render, screen, within } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import { AlternativesEditor } from '../../src/renderer/src/features/drafts/AlternativesEditor'
import { i18n } from '../../src/renderer/src/i18n'

describe('the proposed times in the composer', () => {
  it('are listed in the app’s language, whatever language the message is in', async () => {
    await i18n.changeLanguage('id')
    render(
      <I18nextProvider i18n={i18n}>
        <AlternativesEditor
          alternatives={[{ startsAt: '2026-12-09T03:00:00.000Z', endsAt: '2026-12-09T04:00:00.000Z' }]}
          zone="Asia/Jakarta"
          durationMs={3_600_000}
          onChange={() => undefined}
        />
      </I18nextProvider>,
    )
    const list = within(screen.getByRole('group', { name: 'Usulan waktu' }))
    expect(list.getByRole('listitem')).toHaveTextContent('Rabu, 9 Desember 2026 pukul 10.00 WIB')
    expect(list.getByRole('listitem')).not.toHaveTextContent('Wednesday')
  })
})
