import { lazyPart } from '../../ui/lazyPart'
import type { CalendarDialogsProps } from './CalendarDialogs'

/**
 * The calendar page's parts that the first screen does not need, each fetched when first drawn (see
 * `lazyPart`): the details of a chosen interview, and the dialogs (forms, message drafts, moves).
 */
export const DetailsPanel = lazyPart(() => import('./DetailsPanel').then((part) => part.DetailsPanel))
const Dialogs = lazyPart(() => import('./CalendarDialogs').then((part) => part.CalendarDialogs))

/** Drawn, and its code fetched, only while a dialog is open: each opens anew. */
export function CalendarDialogs(props: CalendarDialogsProps) {
  return props.open ? <Dialogs {...props} /> : null
}
