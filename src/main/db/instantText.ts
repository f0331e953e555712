import { halvesCache } from '../halvesCache'

/**
 * Epoch milliseconds → the contract's ISO form. Every listed row needs four, and toISOString was a third
 * of `interviews/list` for a month, so the text is joined from its cached day and time of day.
 */
export const instantText = halvesCache((epochMs) => new Date(epochMs).toISOString(), 24, 11)
