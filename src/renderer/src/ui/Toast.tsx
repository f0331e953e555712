import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { NoticesRegion, type Notice, type NoticeAction } from './NoticesRegion'

type Tone = 'info' | 'error'
interface ToastOptions {
  /** One action beside the text, e.g. Undo; the toast then stays longer. */
  action?: NoticeAction
}

const SHORT_MS = 5000
/** Long enough to notice a mistake and take it back. */
export const UNDO_MS = 10_000

interface NoticesApi {
  toast: (text: string, tone?: Tone, options?: ToastOptions) => void
  /** A notice that stays until dismissed (reminders); the same key shows once. */
  keep: (notice: Omit<Notice, 'tone'>) => void
}

const NoticesContext = createContext<NoticesApi>({ toast: () => undefined, keep: () => undefined })

export const useToast = () => useContext(NoticesContext).toast
export const useKeptNotices = () => useContext(NoticesContext).keep

interface Timed extends Notice {
  expiresAt?: number
}

/** Short confirmations, errors and reminders, all in one region (see NoticesRegion). */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Timed[]>([])
  const dismiss = useCallback(
    (key: string) => setNotices((current) => current.filter((n) => n.key !== key)),
    [],
  )

  const toast = useCallback((text: string, tone: Tone = 'info', options: ToastOptions = {}) => {
    const key = `toast-${Date.now()}-${Math.random()}`
    const expiresAt = Date.now() + (options.action ? UNDO_MS : SHORT_MS)
    setNotices((current) => [...current, { key, text, tone, expiresAt, ...options }])
  }, [])
  const keep = useCallback((notice: Omit<Notice, 'tone'>) => {
    setNotices((current) =>
      current.some((n) => n.key === notice.key) ? current : [...current, { ...notice, tone: 'reminder' }],
    )
  }, [])

  const nextExpiry = Math.min(...notices.map((n) => n.expiresAt ?? Infinity))
  useEffect(() => {
    if (!Number.isFinite(nextExpiry)) return undefined
    const timer = setTimeout(
      () => setNotices((current) => current.filter((n) => (n.expiresAt ?? Infinity) > Date.now())),
      Math.max(0, nextExpiry - Date.now()),
    )
    return () => clearTimeout(timer)
  }, [nextExpiry])

  const api = useMemo(() => ({ toast, keep }), [toast, keep])
  return (
    <NoticesContext.Provider value={api}>
      {/* The page scrolls in its own box above the notices, so no notice ever lies over a page control. */}
      <div className="app-frame">
        <div className="app-page">{children}</div>
        <NoticesRegion notices={notices} onDismiss={dismiss} />
      </div>
    </NoticesContext.Provider>
  )
}
