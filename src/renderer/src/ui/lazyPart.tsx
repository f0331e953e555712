import { Component, lazy, Suspense, useEffect, type ComponentType, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { afterPaint } from './afterPaint'

/**
 * Parts of the app that are not on the first screen (the other pages, the details panel, the dialogs, the
 * recovery screen) come in chunks of their own, fetched the first time one is drawn or, sooner, once the
 * calendar is on screen (`usePreloadParts`). The first screen then evaluates only the calendar's code:
 * not the forms' schemas, the message templates or the date picker.
 */
const parts: (() => Promise<unknown>)[] = []

/**
 * A component whose code is fetched when it is first drawn. `fallback` shows meanwhile (nothing by
 * default: a chunk on the local disk or server arrives within a frame or two). A part that cannot be drawn
 * (its chunk could not be fetched because the browser-mode server was stopped, or it failed while drawing)
 * shows a line with a reload button in its place, instead of taking the whole window down.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = null,
): ComponentType<P> {
  let loading: Promise<{ default: ComponentType<P> }> | undefined
  const fetchPart = () =>
    (loading ??= load().then(
      (part) => ({ default: part }),
      (error: unknown) => {
        // A failed fetch is tried again the next time, whether by the preloader or a reload.
        loading = undefined
        throw error
      },
    ))
  parts.push(fetchPart)
  const Part = lazy(fetchPart)
  return function LazyPart(props: P) {
    return (
      <PartBoundary>
        <Suspense fallback={fallback}>
          <Part {...props} />
        </Suspense>
      </PartBoundary>
    )
  }
}

/** "Loading…", where a whole page is on its way. */
export function PartLoading() {
  const { t } = useTranslation()
  return <p className="muted center">{t('app.loading')}</p>
}

/**
 * How long after the calendar's interviews are on screen the other parts start loading: past the first
 * screen's own work (its alerts, reminders and travel times answer and are drawn in the following second),
 * which a part's evaluation (the forms' schemas take tens of milliseconds) would otherwise hold up.
 */
const PRELOAD_AFTER_MS = 1500

/**
 * Once `ready` (the calendar has drawn its interviews), and a little later, every part is fetched and
 * evaluated while the user reads the calendar, one per idle moment, so that the first click on a page, an
 * interview or a button does not wait for one.
 */
export function usePreloadParts(ready: boolean): void {
  useEffect(() => {
    if (!ready) return undefined
    let next = 0
    let handle: number | undefined
    let timer: ReturnType<typeof setTimeout> | undefined
    const idle = window.requestIdleCallback ?? ((job: () => void) => window.setTimeout(job, 50))
    const cancelIdle = window.cancelIdleCallback ?? window.clearTimeout
    const fetchNext = () => {
      const part = parts[next]
      next += 1
      if (!part) return
      void part()
        .catch(() => undefined)
        .then(() => (handle = idle(fetchNext)))
    }
    const cancelPaint = afterPaint(
      () => (timer = setTimeout(() => (handle = idle(fetchNext)), PRELOAD_AFTER_MS)),
    )
    return () => {
      next = parts.length
      cancelPaint()
      clearTimeout(timer)
      if (handle !== undefined) cancelIdle(handle)
    }
  }, [ready])
}

class PartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override render() {
    return this.state.failed ? <PartFailed /> : this.props.children
  }
}

function PartFailed() {
  const { t } = useTranslation()
  return (
    <p className="form-error" role="alert">
      {t('app.partFailed')}{' '}
      <button type="button" onClick={() => location.reload()}>
        {t('app.reload')}
      </button>
    </p>
  )
}
