import type { Language } from '../../src/shared/model/settings'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it, vi } from 'vitest'
import { InterviewForm } from '../../src/renderer/src/features/interviews/InterviewForm'
import { newFormValues } from '../../src/renderer/src/features/interviews/formModel'
import { i18n } from '../../src/renderer/src/i18n'

function renderForm(language: Language) {
  void i18n.changeLanguage(language)
  const onSaved = vi.fn()
  render(
    <I18nextProvider i18n={i18n}>
      <InterviewForm
        initial={newFormValues('Asia/Jakarta', new Date('2026-11-22T03:00:00Z'))}
        onSaved={onSaved}
        onCancel={vi.fn()}
      />
    </I18nextProvider>,
  )
  return { onSaved }
}

describe('InterviewForm', () => {
  it('shows the schema message under the field, in Indonesian, and sends nothing', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    const { onSaved } = renderForm('id')
    await userEvent.type(screen.getByLabelText('Posisi'), 'Analis Data')
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }))
    const company = screen.getByLabelText('Perusahaan')
    expect(company).toHaveAttribute('aria-invalid', 'true')
    expect(company).toHaveAccessibleDescription('Perusahaan wajib diisi')
    expect(screen.getByRole('alert')).toHaveTextContent('Mohon perbaiki kolom yang ditandai.')
    expect(fetchSpy).not.toHaveBeenCalled()
    expect(onSaved).not.toHaveBeenCalled()
  })

  it('names the end time when it is not after the start, in English', async () => {
    renderForm('en')
    await userEvent.type(screen.getByLabelText('Company'), 'Acme')
    await userEvent.type(screen.getByLabelText('Position'), 'Analyst')
    const end = screen.getByLabelText('End')
    await userEvent.clear(end)
    await userEvent.type(end, '09:00')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(end).toHaveAccessibleDescription('End must be after the start')
  })

  it('shows the address for onsite and the link for a video call', async () => {
    renderForm('en')
    expect(screen.getByLabelText('Address')).toBeInTheDocument()
    await userEvent.selectOptions(screen.getByLabelText('Format'), 'video')
    expect(screen.queryByLabelText('Address')).not.toBeInTheDocument()
    expect(screen.getByLabelText('Meeting link')).toBeInTheDocument()
  })
})
