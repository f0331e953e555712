import { splitPhoneDraft } from '../../src/shared/drafts/channels/phone'
import { composeDraft, type DraftRequest } from '../../src/shared/drafts/compose'
import { MOMENTS, sampleInterview, sampleSettings } from './draftSamples'

/** What a review test asks for: the kind, and whatever differs from the sample scenario. */
export type DraftAsk = Partial<DraftRequest> & Pick<DraftRequest, 'kind'>

/** A draft of the review scenario: the sample interview, an Indonesian email, written with ample notice. */
export const reviewDraft = (overrides: DraftAsk) =>
  composeDraft({
    interview: sampleInterview(),
    settings: sampleSettings(),
    channel: 'email',
    language: 'id',
    alternatives: [],
    now: MOMENTS.ample,
    ...overrides,
  })

/** The phone draft of a request, split into its call script and its voicemail. */
export const phoneOf = (request: DraftAsk) =>
  splitPhoneDraft(reviewDraft({ ...request, channel: 'phone' }).body, request.language ?? 'id')

export const voicemailOf = (request: DraftAsk) => phoneOf(request).voicemail

export const words = (text: string) => text.split(/\s+/).filter(Boolean).length
