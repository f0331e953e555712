import { Component, useEffect, useReducer, useState, type ComponentType, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { afterPaint } from './afterPaint'

/**
 * Parts of the app that are not on the first screen (the other pages, the details panel, the dialogs, the
 * date picker, the recovery screen) come in chunks of their own, fetched the first time one is drawn or,
 * sooner, once the calendar is on screen (`usePreloadParts`). The first screen then evaluates only the
 * calendar's code: not the forms' schemas, the message templates or the date picker.
 */
const parts: (() => Promise<unknown>)[] = []

/**
 * A component whose code is fetched when it is first drawn. `fallback` shows meanwhile (nothing by default:
 * a chunk on the local disk or server arrives within a frame or two, and a preloaded one is drawn at once).
 * Not React.lazy: its Suspense holds back a part that arrives after its fallback showed until 300 ms after
 * the fallback, which made a first details panel or dialog wait a third of a second for nothing. A part
 * that cannot be fetched (the browser-mode server was stopped) or fails while drawing shows a line saying so
 * in its place, with a button that tries again, instead of taking the whole window down.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = null,
): ComponentType<P> {
  let loaded: ComponentType<P> | undefined
  let loading: Promise<unknown> | undefined
  const fetchPart = () =>
    (loading ??= load().then(
      (part) => (loaded = part),
      (error: unknown) => {
        // A failed fetch is tried again the next time it is asked for.
        loading = undefined
        throw error
      },
    ))
  parts.push(fetchPart)
  return function LazyPart(props: P) {
    const [failed, setFailed] = useState(false)
    const [, arrived] = useReducer((count: number) => count + 1, 0)
    const Part = loaded
    // Drawn without its code: fetched, then drawn again. Code that came in between the drawing and this
    // effect (the preloader's) is the fetch's answer at once.
    useEffect(() => {
      if (Part || failed) return undefined
      let mounted = true
      fetchPart().then(
        () => mounted && arrived(),
        () => mounted && setFailed(true),
      )
      return () => {
        mounted = false
      }
    }, [Part, failed])
    if (failed) return <PartFailed retry={() => setFailed(false)} />
    return Part ? (
      <PartBoundary>
        <Part {...props} />
      </PartBoundary>
    ) : (
      fallback
    )
  }
}

/** A whole page (or screen) fetched when first shown, with "Loading…" meanwhile. */
export const lazyPage = <P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> =>
  lazyPart(load, <PartLoading />)

/** "Loading…", where a whole page is on its way. */
function PartLoading() {
  const { t } = useTranslation()
  return <p className="muted center">{t('app.loading')}</p>
}

/**
 * Once `ready` (the calendar has drawn its interviews) and its frame is on screen, every part is fetched and
 * evaluated while the user reads the calendar, one per idle moment, so that the first click on an interview,
 * a button or a page does not wait for one.
 */
export function usePreloadParts(ready: boolean): void {
  useEffect(() => {
    if (!ready) return undefined
    let next = 0
    let handle: number | undefined
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
    const cancelPaint = afterPaint(() => (handle = idle(fetchNext)))
    return () => {
      next = parts.length
      cancelPaint()
      if (handle !== undefined) cancelIdle(handle)
    }
  }, [ready])
}

/** A part that failed while drawing shows `PartFailed` in its place; trying again draws it anew. */
class PartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override render() {
    return this.state.failed ? (
      <PartFailed retry={() => this.setState({ failed: false })} />
    ) : (
      this.props.children
    )
  }
}

function PartFailed({ retry }: { retry: () => void }) {
  const { t } = useTranslation()
  return (
    <p className="form-error" role="alert">
      {t('app.partFailed')}{' '}
      <button type="button" onClick={retry}>
        {t('app.tryAgain')}
      </button>
    </p>
  )
}
