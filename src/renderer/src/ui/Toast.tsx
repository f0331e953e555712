import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react'

type Tone = 'info' | 'error'
interface Message {
  id: number
  text: string
  tone: Tone
}

const ToastContext = createContext<(text: string, tone?: Tone) => void>(() => undefined)

export const useToast = () => useContext(ToastContext)

/** Short confirmations and errors, announced politely to screen readers. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<Message[]>([])
  const show = useCallback((text: string, tone: Tone = 'info') => {
    setMessages((current) => [...current.slice(-2), { id: Date.now() + Math.random(), text, tone }])
  }, [])
  useEffect(() => {
    if (messages.length === 0) return undefined
    const timer = setTimeout(() => setMessages((current) => current.slice(1)), 5000)
    return () => clearTimeout(timer)
  }, [messages])
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {messages.map((message) => (
          <p key={message.id} className={`toast toast-${message.tone}`}>
            {message.text}
          </p>
        ))}
      </div>
    </ToastContext.Provider>
  )
}
