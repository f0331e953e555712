import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react'
import { useTranslation } from 'react-i18next'
import { pushDialog } from './dialogStack'
import { focusablesIn, initialFocusIn } from './focusables'

interface DialogProps {
  title: string
  /** Called once the dialog may close (after the user agreed to drop unsaved edits, if there were any). */
  onClose: () => void
  children: ReactNode
  role?: 'dialog' | 'alertdialog'
  wide?: boolean
}

/** Lets a form inside a dialog say it holds edits that closing would lose. */
const GuardContext = createContext<(dirty: boolean) => void>(() => undefined)

/** The enclosing dialog's close, which asks first when the form inside holds edits. */
const CloseContext = createContext<(() => void) | undefined>(undefined)

/**
 * A close button inside a dialog's content closes as the × does: asking first when there are edits to lose.
 * Outside a dialog it calls `fallback`.
 */
export function useDialogClose(fallback: () => void): () => void {
  return useContext(CloseContext) ?? fallback
}

/** A form calls this with whether it was edited; the enclosing dialog then asks before discarding. */
export function useDiscardGuard(dirty: boolean): void {
  const setDirty = useContext(GuardContext)
  useEffect(() => {
    setDirty(dirty)
    return () => setDirty(false)
  }, [dirty, setDirty])
}

/**
 * Every dialog of the app. A native `<dialog>` opened with `showModal()`: the browser puts it in the top
 * layer and makes the rest of the page inert, so nothing behind it can take a click or a screen reader's
 * attention. On top of that it moves focus in (the first field, else the primary action), keeps Tab
 * inside (wrapping at both ends), returns focus to where it came from, and lets Escape close only the
 * topmost dialog. Escape, a click on the backdrop, the × button or leaving the page ask first when the
 * form inside holds edits.
 */
export function Dialog({ title, onClose, children, role = 'dialog', wide = false }: DialogProps) {
  const { t } = useTranslation()
  const titleId = useId()
  const ref = useRef<HTMLDialogElement>(null)
  const [dirty, setDirty] = useState(false)
  const [asking, setAsking] = useState(false)
  const closeRef = useRef(onClose)
  useLayoutEffect(() => {
    closeRef.current = onClose
  })

  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) return undefined
    const previous = document.activeElement as HTMLElement | null
    // jsdom (the component tests) has no showModal; there the dialog is simply shown.
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal()
    else dialog.setAttribute('open', '')
    const pop = pushDialog(dialog)
    const target = initialFocusIn(dialog)
    // Content that loads after opening (the composer's draft) gets the focus once it appears, unless
    // the user has already moved it.
    const late = new MutationObserver(() => {
      const active = document.activeElement
      if (active !== dialog && !active?.classList.contains('dialog-close')) return late.disconnect()
      const next = initialFocusIn(dialog)
      if (!next) return
      next.focus()
      late.disconnect()
    })
    if (target) target.focus()
    else {
      dialog.querySelector<HTMLElement>('.dialog-close')?.focus()
      late.observe(dialog, { childList: true, subtree: true })
    }
    return () => {
      late.disconnect()
      pop()
      // Closing together with an outer dialog: the outer one gives the focus back, this one leaves it be.
      const active = document.activeElement
      const ours = active === null || active === document.body || dialog.contains(active)
      // Dialogs open inside this one close first: while one is open, the page stays inert to focus().
      for (const open of [...[...dialog.querySelectorAll('dialog')].reverse(), dialog])
        if (open.open && typeof open.close === 'function') open.close()
      if (ours && previous?.isConnected) previous.focus()
    }
  }, [])

  useEffect(() => {
    if (!dirty) return undefined
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [dirty])

  const requestClose = useCallback(() => {
    if (dirty) setAsking(true)
    else closeRef.current()
  }, [dirty])

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key === 'Escape') {
      // Cancelling the key stops the browser's own close request, so this dialog decides.
      event.preventDefault()
      event.stopPropagation()
      requestClose()
    } else if (event.key === 'Tab' && ref.current) {
      // A dialog opened inside this one keeps its own focus.
      if ((event.target as Element).closest('dialog') !== ref.current) return
      const reachable = focusablesIn(ref.current)
      const first = reachable[0]
      const last = reachable.at(-1)
      if (!first || !last) return
      const active = document.activeElement
      if (event.shiftKey && (active === first || !ref.current.contains(active))) {
        event.preventDefault()
        last.focus()
      } else if (!event.shiftKey && (active === last || !ref.current.contains(active))) {
        event.preventDefault()
        first.focus()
      }
    }
  }

  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      // Any other close request (e.g. a platform gesture) goes through the same question.
      onCancel={(event) => {
        event.preventDefault()
        requestClose()
      }}
      onMouseDown={(event) => event.target === event.currentTarget && requestClose()}
    >
      <div className="dialog-body">
        <header className="dialog-header">
          <h2 id={titleId}>{title}</h2>
          <button
            type="button"
            className="quiet dialog-close"
            aria-label={t('dialog.close')}
            onClick={requestClose}
          >
            ×
          </button>
        </header>
        <GuardContext.Provider value={setDirty}>
          <CloseContext.Provider value={requestClose}>{children}</CloseContext.Provider>
        </GuardContext.Provider>
        <div className="dialog-notices" />
      </div>
      {asking && (
        <Dialog title={t('dialog.discardTitle')} onClose={() => setAsking(false)} role="alertdialog">
          <p>{t('dialog.discardText')}</p>
          <div className="actions">
            <button type="button" data-autofocus onClick={() => setAsking(false)}>
              {t('dialog.keepEditing')}
            </button>
            <button type="button" className="danger" onClick={() => closeRef.current()}>
              {t('dialog.discard')}
            </button>
          </div>
        </Dialog>
      )}
    </dialog>
  )
}
