import { fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../src/renderer/src/i18n'
import { ConfirmDialog } from '../../src/renderer/src/ui/ConfirmDialog'
import { Dialog, useDialogClose, useDiscardGuard } from '../../src/renderer/src/ui/Dialog'

function NameForm() {
  const [name, setName] = useState('')
  useDiscardGuard(name !== '')
  return (
    <form>
      <label>
        Name <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <button type="submit" className="primary">
        Save
      </button>
    </form>
  )
}

/** An opener button and the dialog it opens, as the app uses them. */
function Harness({ onClose }: { onClose?: () => void }) {
  const [open, setOpen] = useState(false)
  const [innerOpen, setInnerOpen] = useState(false)
  return (
    <I18nextProvider i18n={i18n}>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && (
        <Dialog
          title="New interview"
          onClose={() => {
            onClose?.()
            setOpen(false)
          }}
        >
          <NameForm />
          <button type="button" onClick={() => setInnerOpen(true)}>
            Ask
          </button>
          {innerOpen && (
            <ConfirmDialog
              title="Sure?"
              text="Really?"
              confirmLabel="Yes"
              onConfirm={() => setInnerOpen(false)}
              onCancel={() => setInnerOpen(false)}
            />
          )}
        </Dialog>
      )}
    </I18nextProvider>
  )
}

async function openDialog(props: { onClose?: () => void } = {}) {
  render(<Harness {...props} />)
  await userEvent.click(screen.getByRole('button', { name: 'Open' }))
}

describe('Dialog', () => {
  beforeEach(() => void i18n.changeLanguage('en'))

  it('moves focus to the first field, has a labelled close button, and returns focus to the opener', async () => {
    const onClose = vi.fn()
    await openDialog({ onClose })
    expect(screen.getByRole('dialog', { name: 'New interview' })).toBeInTheDocument()
    expect(screen.getByLabelText('Name')).toHaveFocus()
    await userEvent.click(screen.getByRole('button', { name: 'Close' }))
    expect(onClose).toHaveBeenCalledOnce()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus()
  })

  it('keeps Tab inside: past the last control to the first, and Shift+Tab back to the last', async () => {
    await openDialog()
    const last = screen.getByRole('button', { name: 'Ask' })
    const close = screen.getByRole('button', { name: 'Close' })
    last.focus()
    fireEvent.keyDown(last, { key: 'Tab' })
    expect(close).toHaveFocus()
    fireEvent.keyDown(close, { key: 'Tab', shiftKey: true })
    expect(last).toHaveFocus()
  })

  it('closes on Escape at once when nothing was typed', async () => {
    const onClose = vi.fn()
    await openDialog({ onClose })
    await userEvent.keyboard('{Escape}')
    expect(onClose).toHaveBeenCalledOnce()
  })

  it('asks before Escape discards typed data; Keep editing keeps it, Discard closes', async () => {
    const onClose = vi.fn()
    await openDialog({ onClose })
    await userEvent.type(screen.getByLabelText('Name'), 'Nusantara')
    await userEvent.keyboard('{Escape}')
    const ask = screen.getByRole('alertdialog', { name: 'Discard your changes?' })
    expect(screen.getByRole('button', { name: 'Keep editing' })).toHaveFocus()
    expect(onClose).not.toHaveBeenCalled()
    await userEvent.click(screen.getByRole('button', { name: 'Keep editing' }))
    expect(ask).not.toBeInTheDocument()
    expect(screen.getByLabelText('Name')).toHaveValue('Nusantara')

    await userEvent.click(screen.getByRole('button', { name: 'Close' }))
    await userEvent.click(screen.getByRole('button', { name: 'Discard' }))
    expect(onClose).toHaveBeenCalledOnce()
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus()
  })

  it("a close button of the dialog's own content asks first too, as the × does", async () => {
    function Note({ onDone }: { onDone: () => void }) {
      const [text, setText] = useState('')
      useDiscardGuard(text !== '')
      const close = useDialogClose(onDone)
      return (
        <>
          <textarea aria-label="Text" value={text} onChange={(e) => setText(e.target.value)} />
          <button type="button" onClick={close}>
            Done
          </button>
        </>
      )
    }
    const onClose = vi.fn()
    const fallback = vi.fn()
    const { unmount } = render(
      <I18nextProvider i18n={i18n}>
        <Dialog title="Draft" onClose={onClose}>
          <Note onDone={fallback} />
        </Dialog>
      </I18nextProvider>,
    )
    await userEvent.type(screen.getByLabelText('Text'), 'edited')
    await userEvent.click(screen.getByRole('button', { name: 'Done' }))
    expect(screen.getByRole('alertdialog', { name: 'Discard your changes?' })).toBeInTheDocument()
    expect(onClose).not.toHaveBeenCalled()
    await userEvent.click(screen.getByRole('button', { name: 'Discard' }))
    expect(onClose).toHaveBeenCalledOnce()
    expect(fallback).not.toHaveBeenCalled()
    unmount()
    // Outside a dialog the button does what it was given.
    render(<Note onDone={fallback} />)
    await userEvent.click(screen.getByRole('button', { name: 'Done' }))
    expect(fallback).toHaveBeenCalledOnce()
  })

  it('asks before a click on the backdrop discards typed data', async () => {
    const onClose = vi.fn()
    await openDialog({ onClose })
    await userEvent.type(screen.getByLabelText('Name'), 'x')
    // The <dialog> element itself, outside its body, is the backdrop.
    fireEvent.mouseDown(screen.getByRole('dialog', { name: 'New interview' }))
    expect(screen.getByRole('alertdialog', { name: 'Discard your changes?' })).toBeInTheDocument()
    expect(onClose).not.toHaveBeenCalled()
  })

  it('lets Escape close only the topmost dialog; its Cancel has the focus', async () => {
    const onClose = vi.fn()
    await openDialog({ onClose })
    await userEvent.click(screen.getByRole('button', { name: 'Ask' }))
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(screen.getByRole('dialog', { name: 'New interview' })).toBeInTheDocument()
    expect(onClose).not.toHaveBeenCalled()
    expect(screen.getByRole('button', { name: 'Ask' })).toHaveFocus()
  })
})
