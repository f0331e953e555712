import { lazyPart, PartLoading } from '../../ui/lazyPart'

/**
 * The calendar page's parts that the first screen does not need, each fetched when first drawn (see
 * `lazyPart`): the details of a chosen interview, the dialogs (forms, message drafts, moves) and the agenda.
 */
export const DetailsPanel = lazyPart(() => import('./DetailsPanel').then((part) => part.DetailsPanel))
export const CalendarDialogs = lazyPart(() =>
  import('./CalendarDialogs').then((part) => part.CalendarDialogs),
)
export const AgendaView = lazyPart(
  () => import('./AgendaView').then((part) => part.AgendaView),
  <PartLoading />,
)
