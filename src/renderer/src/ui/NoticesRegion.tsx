import { useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { useTopDialog } from './dialogStack'

export interface NoticeAction {
  label: ReactNode
  run: () => void
}

export interface Notice {
  key: string
  /** Text, or an element that words itself (a reminder follows a later change of language). */
  text: ReactNode
  title?: string
  tone: 'info' | 'error' | 'reminder'
  action?: NoticeAction
}

/** More than this many notices collapse into the newest one and a count. */
const SHOWN_COLLAPSED = 1
const COLLAPSE_FROM = 3

interface NoticesRegionProps {
  notices: readonly Notice[]
  onDismiss: (key: string) => void
}

/**
 * Toasts and reminders in one place, never over a control. Without a dialog it is a strip below the page's
 * scrolling box, which shrinks to make room for it (empty, it takes no space); with a dialog open it moves
 * into the topmost dialog, below its content and in the normal flow, so it cannot cover the dialog's fields
 * or buttons either (and stays reachable, as the page behind a modal is inert).
 */
export function NoticesRegion({ notices, onDismiss }: NoticesRegionProps) {
  const { t } = useTranslation()
  const [expanded, setExpanded] = useState(false)
  const slot = useTopDialog()?.querySelector<HTMLElement>(':scope > .dialog-body > .dialog-notices')
  const collapsed = !expanded && notices.length >= COLLAPSE_FROM
  const shown = collapsed ? notices.slice(-SHOWN_COLLAPSED) : notices
  const hidden = notices.length - shown.length

  const region = (
    // Always present (even empty), so screen readers announce what is added to it.
    <section className={slot ? 'notices notices-inline' : 'notices'} aria-label={t('notices.title')}>
      <div className="notices-list" role="status">
        {notices.length >= COLLAPSE_FROM && (
          <button
            type="button"
            className="quiet notices-count"
            aria-expanded={expanded}
            onClick={() => setExpanded((e) => !e)}
          >
            {expanded ? t('notices.collapse') : t('notices.more', { count: hidden })}
          </button>
        )}
        {shown.map((notice) => (
          <div
            key={notice.key}
            className={`notice-card notice-${notice.tone}${notice.title ? ' notice-titled' : ''}`}
          >
            <div className="notice-text">
              {notice.title && <p className="notice-title">{notice.title}</p>}
              <p>{notice.text}</p>
            </div>
            {notice.action && (
              <button
                type="button"
                className="notice-action"
                onClick={() => {
                  onDismiss(notice.key)
                  notice.action?.run()
                }}
              >
                {notice.action.label}
              </button>
            )}
            <button
              type="button"
              className="quiet notice-dismiss"
              aria-label={t('notices.dismiss')}
              onClick={() => onDismiss(notice.key)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </section>
  )
  return slot ? createPortal(region, slot) : region
}
