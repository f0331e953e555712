import type { Language } from '../../src/shared/model/settings'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { InterviewForm } from '../../src/renderer/src/features/interviews/InterviewForm'
import { newFormValues } from '../../src/renderer/src/features/interviews/formModel'
import { i18n } from '../../src/renderer/src/i18n'
import type { InvitationReading } from '../../src/shared/model/invitation'

function renderForm(language: Language, invitation?: InvitationReading) {
  void i18n.changeLanguage(language)
  const onSaved = vi.fn()
  render(
    <I18nextProvider i18n={i18n}>
      <InterviewForm
        initial={newFormValues('Asia/Jakarta', new Date('2026-11-22T03:00:00Z'))}
        onSaved={onSaved}
        onCancel={vi.fn()}
        invitation={invitation}
      />
    </I18nextProvider>,
  )
  return { onSaved }
}

/** A dropped invitation that names its sender's title and role and asks for a reply by Thursday. */
const ASKING: InvitationReading = {
  interview: {
    company: 'PT Maju Bersama Tbk',
    position: 'Data Analyst',
    startsAt: '2026-12-10T03:00:00.000Z',
    endsAt: '2026-12-10T04:00:00.000Z',
    timeZone: 'Asia/Jakarta',
    mode: 'video',
    meetingUrl: 'https://zoom.us/j/123456789',
    contact: { name: 'Andi Pratama', title: 'mr', role: 'recruiter' },
  },
  sources: { 'contact.role': 'HR Recruitment' },
  missing: [],
  notices: [],
  replyBy: { at: '2026-12-03T16:59:59.999Z', source: 'paling lambat Kamis, 3 Desember 2026' },
}

/** The body of each `interviews/create` the form sent, answered as the server would. */
function createdBodies() {
  const bodies: Record<string, unknown>[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (url, init) => {
    const body = JSON.parse(String(init?.body)) as Record<string, unknown>
    if (String(url).endsWith('/interviews/create')) bodies.push(body)
    return new Response(JSON.stringify({ ok: true, value: { id: 'x', ...body } }))
  })
  return bodies
}

describe('InterviewForm', () => {
  // `spyOn` hands back a spy still in place, calls and all: each test starts from the real `fetch`.
  afterEach(() => vi.restoreAllMocks())

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
    // Once the marked field is filled in, nothing is left to fix: the line goes with its mark.
    await userEvent.type(company, 'PT Nusantara Data Raya')
    expect(company).not.toHaveAttribute('aria-invalid', 'true')
    expect(screen.queryByRole('alert')).toBeNull()
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

  it("fills the contact's title and role, and offers a reminder for the reply date, on by default", async () => {
    const bodies = createdBodies()
    const { onSaved } = renderForm('id', ASKING)
    expect(screen.getByLabelText(/^Sapaan/)).toHaveValue('mr')
    expect(screen.getByLabelText(/^Jabatan/)).toHaveValue('recruiter')
    const remind = screen.getByRole('checkbox', {
      name: 'Ingatkan saya untuk membalas undangan sebelum batas waktunya (Kamis, 3 Desember)',
    })
    expect(remind).toBeChecked()
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }))
    expect(onSaved).toHaveBeenCalled()
    expect(bodies).toEqual([expect.objectContaining({ replyBy: '2026-12-03T16:59:59.999Z' })])
  })

  it('sends no reply date when the reminder is unticked', async () => {
    const bodies = createdBodies()
    renderForm('en', ASKING)
    await userEvent.click(
      screen.getByRole('checkbox', {
        name: /Remind me to reply before the invitation’s deadline \(Thursday 3 December\)/,
      }),
    )
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(bodies).toHaveLength(1)
    expect(bodies[0]).not.toHaveProperty('replyBy')
  })
})
