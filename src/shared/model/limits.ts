/** Bounds of an interview's fields, apart from their schemas: the .ics reader clips to them without loading zod. */

/** An interview longer than a day is a data-entry mistake; the bound also keeps range queries on the index. */
export const MAX_DURATION_MS = 24 * 60 * 60 * 1000

/**
 * The most one request may carry in browser mode (the HTTP transport refuses more, as TOO_LARGE): a data file
 * over it is refused when it is chosen, before it is read.
 */
export const MAX_REQUEST_BYTES = 8 * 1024 * 1024

export const LIMITS = {
  company: 200,
  position: 200,
  contactName: 200,
  location: 500,
  accessCode: 100,
  referenceNumber: 100,
  notes: 10_000,
  query: 200,
} as const

/** Enough for every interview a page names at once; more is a sign of asking for the wrong thing. */
export const MAX_LISTED_IDS = 1000
