import { useSyncExternalStore } from 'react'

/**
 * The dialogs open right now, the topmost last. The notices region reads it to place itself inside the
 * topmost dialog (a modal dialog makes everything outside it inert, so notices must live inside it to stay
 * readable and dismissable while it is open).
 */
let stack: readonly HTMLElement[] = []
const listeners = new Set<() => void>()

function publish(next: readonly HTMLElement[]): void {
  stack = next
  for (const listener of listeners) listener()
}

export function pushDialog(element: HTMLElement): () => void {
  publish([...stack, element])
  return () => publish(stack.filter((open) => open !== element))
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The topmost open dialog, if any. */
export function useTopDialog(): HTMLElement | undefined {
  return useSyncExternalStore(
    subscribe,
    () => stack.at(-1),
    () => undefined,
  )
}
