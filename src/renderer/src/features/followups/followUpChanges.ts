import { useEffect } from 'react'

/**
 * Word that an interview's follow-ups or history changed where the interview itself may not have (a
 * confirmation marked as sent settles a task and adds a log, and the interview stays as it was): a timeline
 * showing that interview reads them again.
 */
const listeners = new Set<(interviewId: string) => void>()

export function followUpsChanged(interviewId: string): void {
  for (const listener of listeners) listener(interviewId)
}

/** Calls `onChange` (keep it stable: a new one subscribes again) whenever this interview's are said to change. */
export function useFollowUpsChanged(interviewId: string, onChange: () => unknown): void {
  useEffect(() => {
    const listener = (changed: string) => void (changed === interviewId && onChange())
    listeners.add(listener)
    return () => void listeners.delete(listener)
  }, [interviewId, onChange])
}
