import type { Alternative, DraftChannel, DraftKind, ReasonCategory } from '../../../../shared/drafts/types'
import type { Language } from '../../../../shared/model/settings'

/** The choices a draft is written for: a text is sent and recorded with the choices it was written for. */
export interface Choices {
  kind: DraftKind
  channel: DraftChannel
  language: Language
  reason: ReasonCategory | ''
  detail: string
  alternatives: Alternative[] | undefined
}

export const sameChoices = (a: Choices, b: Choices) => JSON.stringify(a) === JSON.stringify(b)

/** The reason chosen (and its detail, when typed), as the draft channels take it. */
export const reasonField = (category: ReasonCategory | '', detail: string) =>
  category ? { reason: { category, ...(detail.trim() ? { detail: detail.trim() } : {}) } } : {}
