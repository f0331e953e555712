import { lazyPart } from '../../ui/lazyPart'

/**
 * The calendar page's parts that the first screen does not need, each fetched when first drawn (see
 * `lazyPart`): the details of a chosen interview, and the dialogs (forms, message drafts, moves).
 */
export const DetailsPanel = lazyPart(() => import('./DetailsPanel').then((part) => part.DetailsPanel))
export const CalendarDialogs = lazyPart(() =>
  import('./CalendarDialogs').then((part) => part.CalendarDialogs),
)
