import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useEffect } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../src/renderer/src/i18n'
import { Dialog } from '../../src/renderer/src/ui/Dialog'
import { ToastProvider, UNDO_MS, useKeptNotices, useToast } from '../../src/renderer/src/ui/Toast'

/** The provider's functions, handed out to the test (as a ref, so rendering stays pure). */
const api = {} as { toast: ReturnType<typeof useToast>; keep: ReturnType<typeof useKeptNotices> }
function Grab() {
  const toast = useToast()
  const keep = useKeptNotices()
  useEffect(() => {
    api.toast = toast
    api.keep = keep
  }, [toast, keep])
  return null
}
const renderNotices = (dialog = false) =>
  render(
    <I18nextProvider i18n={i18n}>
      <ToastProvider>
        <Grab />
        {dialog && (
          <Dialog title="Composer" onClose={vi.fn()}>
            <button type="button" className="primary">
              Send
            </button>
          </Dialog>
        )}
      </ToastProvider>
    </I18nextProvider>,
  )

describe('the notices region', () => {
  beforeEach(() => void i18n.changeLanguage('en'))
  afterEach(() => vi.useRealTimers())

  it('collapses several notices to the newest and a count; each can be dismissed', async () => {
    renderNotices()
    const region = screen.getByRole('region', { name: 'Notices' })
    act(() => {
      api.keep({ key: 'r1', title: 'Reminder', text: 'Kopi Kita tomorrow at 10:00' })
      api.toast('Interview saved.')
      api.toast('Settings saved.')
    })
    expect(region).toHaveTextContent('Settings saved.')
    expect(region).not.toHaveTextContent('Kopi Kita')
    await userEvent.click(screen.getByRole('button', { name: '2 more notices' }))
    expect(region).toHaveTextContent('Kopi Kita tomorrow at 10:00')
    expect(screen.getAllByRole('button', { name: 'Dismiss notice' })).toHaveLength(3)
    await userEvent.click(screen.getAllByRole('button', { name: 'Dismiss notice' })[0]!)
    expect(region).not.toHaveTextContent('Kopi Kita')
  })

  it('keeps a toast with an action for the undo time, and runs the action once', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    renderNotices()
    const undo = vi.fn()
    act(() => api.toast('Interview deleted.', 'info', { action: { label: 'Undo', run: undo } }))
    act(() => void vi.advanceTimersByTime(UNDO_MS - 1000))
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }))
    expect(undo).toHaveBeenCalledOnce()
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument()
    act(() => api.toast('Saved.'))
    act(() => void vi.advanceTimersByTime(5001))
    expect(screen.getByRole('region', { name: 'Notices' })).not.toHaveTextContent('Saved.')
  })

  it('moves into an open dialog, after its content, instead of floating over it', () => {
    renderNotices(true)
    act(() => api.keep({ key: 'r1', title: 'Reminder', text: 'Kopi Kita tomorrow' }))
    const dialog = screen.getByRole('dialog', { name: 'Composer' })
    const region = screen.getByRole('region', { name: 'Notices' })
    expect(dialog).toContainElement(region)
    expect(region).toHaveClass('notices-inline')
    const send = screen.getByRole('button', { name: 'Send' })
    expect(send.compareDocumentPosition(region) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })
})
