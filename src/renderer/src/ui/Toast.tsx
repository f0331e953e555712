import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react'

type Tone = 'info' | 'error'
/** A button on the toast (an undo): the toast then stays twice as long, so there is time to press it. */
export interface ToastAction {
  label: string
  run: () => void
}
interface Message {
  id: number
  text: string
  tone: Tone
  action?: ToastAction | undefined
}

type Show = (text: string, tone?: Tone, action?: ToastAction) => void
const ToastContext = createContext<Show>(() => undefined)

export const useToast = () => useContext(ToastContext)

const SHOWN_MS = 5000
/** Long enough to notice a mistake and undo it. */
export const WITH_ACTION_MS = 10_000

/** Short confirmations and errors, announced politely to screen readers. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<Message[]>([])
  const show = useCallback<Show>((text, tone = 'info', action) => {
    setMessages((current) => [...current.slice(-2), { id: Date.now() + Math.random(), text, tone, action }])
  }, [])
  const dismiss = useCallback(
    (id: number) => setMessages((current) => current.filter((message) => message.id !== id)),
    [],
  )
  useEffect(() => {
    const oldest = messages[0]
    if (!oldest) return undefined
    const timer = setTimeout(() => dismiss(oldest.id), oldest.action ? WITH_ACTION_MS : SHOWN_MS)
    return () => clearTimeout(timer)
  }, [messages, dismiss])
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {messages.map((message) => (
          <p key={message.id} className={`toast toast-${message.tone}`}>
            {message.text}
            {message.action && (
              <button
                type="button"
                className="small"
                onClick={() => {
                  dismiss(message.id)
                  message.action!.run()
                }}
              >
                {message.action.label}
              </button>
            )}
          </p>
        ))}
      </div>
    </ToastContext.Provider>
  )
}
