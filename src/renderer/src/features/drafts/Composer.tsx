import { useContext, useEffect, useRef, useState } from 'react'
import { errorText } from '../../i18n/errorText'
import { useTranslation } from 'react-i18next'
import { draftLinks } from '../../../../shared/drafts/links'
import { KINDS } from '../../../../shared/drafts/kinds'
import {
  DRAFT_CHANNELS,
  DRAFT_KINDS,
  type Alternative,
  type Draft,
  type DraftChannel,
  type DraftCheck,
  type DraftKind,
  type ReasonCategory,
} from '../../../../shared/drafts/types'
import type { FollowUp } from '../../../../shared/model/followup'
import type { Interview } from '../../../../shared/model/interview'
import type { Language } from '../../../../shared/model/settings'
import { call } from '../../api/client'
import { SettingsContext } from '../../app/SettingsContext'
import { useDialogClose, useDiscardGuard } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { LanguageOptions } from '../../ui/options'
import { useToast } from '../../ui/Toast'
import { useNow } from '../../ui/useNow'
import { AlternativesEditor } from './AlternativesEditor'
import { DraftActions, DraftNotice, WaitingDraft } from './DraftParts'
import { DraftChecks } from './DraftChecks'
import { reasonField, sameChoices, type Choices } from './choices'
import { reachableChannel } from '../../../../shared/drafts/reachable'
import { followUpsChanged } from '../followups/followUpChanges'

export interface ComposerProps {
  interview: Interview
  initialKind: DraftKind
  onSent: (result: { interview: Interview; followUp: FollowUp }) => void
  onCancel: () => void
  /** A time to propose first (dropped in the calendar); the free slots the app finds follow it. */
  firstProposed?: Alternative | undefined
  /** The channel to start with (a task that asks for a written confirmation); else one the contact has. */
  initialChannel?: DraftChannel | undefined
  /** Told the kind of message the text is for, as it changes (the dialog's title says it). */
  onKind?: ((kind: DraftKind) => void) | undefined
}

/** How many times a request proposes by default when the user dropped one: theirs and two free ones. */
const PROPOSED_AFTER_DROP = 3

/** One click to a ready draft; editable, switchable, checked as the user types; sent by their own app. */
export function Composer(props: ComposerProps) {
  const { interview, initialKind, onSent, onCancel, firstProposed, initialChannel, onKind } = props
  const { t } = useTranslation()
  const toast = useToast()
  const settings = useContext(SettingsContext)
  const [kind, setKind] = useState(initialKind)
  const [channel, setChannel] = useState<DraftChannel>(initialChannel ?? reachableChannel(interview.contact))
  const [language, setLanguage] = useState<Language>(settings?.language ?? 'id')
  const [category, setCategory] = useState<ReasonCategory | ''>('')
  const [detail, setDetail] = useState('')
  // A request already pending (made by phone, now confirmed in writing) keeps the times it proposed.
  const [alternatives, setAlternatives] = useState<Alternative[] | undefined>(
    initialKind === 'reschedule' && !firstProposed ? interview.reschedule?.proposed : undefined,
  )
  /** The draft shown, and the choices it was written for. */
  const [shown, setShown] = useState<{ draft: Draft; choices: Choices }>()
  const draft = shown?.draft
  const [subject, setSubject] = useState('')
  const [body, setBody] = useState('')
  const edited = draft !== undefined && (body !== draft.body || subject !== (draft.subject ?? ''))
  // A new draft for a changed choice (channel, language, reason, times…) waits here while the user's edits
  // are shown: their text is replaced only when they say so, and nothing is sent meanwhile.
  const [waiting, setWaiting] = useState<{ draft: Draft; choices: Choices }>()
  const latest = useRef<{ edited: boolean; choices?: Choices | undefined }>({ edited: false })
  latest.current = { edited: edited && body.trim() !== '', choices: shown?.choices }
  const textArea = useRef<HTMLTextAreaElement>(null)
  useDiscardGuard(edited)
  // Closing from the draft's own button asks first too when the text was edited.
  const close = useDialogClose(onCancel)
  const [checks, setChecks] = useState<DraftCheck[]>([])
  const record = KINDS[kind]
  // A reason the new kind does not offer is dropped rather than sent and refused.
  const reason = category && record.reasons.includes(category) ? category : ''

  // The dialog's title names the message on screen.
  const shownKind = shown?.choices.kind ?? initialKind
  useEffect(() => onKind?.(shownKind), [shownKind, onKind])

  useEffect(() => {
    const choices: Choices = { kind, channel, language, reason, detail, alternatives }
    // Back to the choices the text was written for ("Keep my text", or the same option picked again).
    const before = latest.current.choices
    if (before && sameChoices(choices, before)) return setWaiting(undefined)
    let current = true
    const timer = setTimeout(() => {
      const input = {
        interviewId: interview.id,
        kind,
        channel,
        language,
        ...reasonField(reason, detail),
      }
      void call('drafts/create', alternatives ? { ...input, alternatives } : input).then((result) => {
        if (!current) return
        if (!result.ok) return toast(errorText(result.error), 'error')
        if (firstProposed && !alternatives && result.value.alternatives) {
          // The dropped time leads; the free times the app found follow (this asks for a new draft).
          const others = result.value.alternatives.filter((slot) => slot.startsAt !== firstProposed.startsAt)
          return setAlternatives([firstProposed, ...others].slice(0, PROPOSED_AFTER_DROP))
        }
        const next = { draft: result.value, choices }
        if (latest.current.edited) return setWaiting(next)
        show(next)
      })
    }, 150)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [interview.id, kind, channel, language, reason, detail, alternatives, firstProposed, t, toast])

  function show(next: { draft: Draft; choices: Choices }) {
    setWaiting(undefined)
    setShown(next)
    setSubject(next.draft.subject ?? '')
    setBody(next.draft.body)
    setChecks(next.draft.checks)
  }

  /** The user's text stays, with the choices it was written for: the new choice is taken back. */
  function keepText() {
    const choices = shown!.choices
    setKind(choices.kind)
    setChannel(choices.channel)
    setLanguage(choices.language)
    setCategory(choices.reason)
    setDetail(choices.detail)
    setAlternatives(choices.alternatives)
    setWaiting(undefined)
    textArea.current?.focus()
  }

  const shownAlternatives = alternatives ?? draft?.alternatives
  // The same checks main runs on send, on the text as edited (and on every proposed time), as the user types,
  // and again each minute: a greeting or a "besok" can go stale while the draft waits. They check the text
  // against the choices it was written for.
  const now = useNow()
  useEffect(() => {
    if (!shown) return
    const { draft: base, choices } = shown
    let current = true
    const timer = setTimeout(() => {
      void call('drafts/check', {
        interviewId: interview.id,
        kind: choices.kind,
        channel: choices.channel,
        language: choices.language,
        ...(choices.channel === 'email' ? { subject } : {}),
        body,
        ...(choices.kind === 'reschedule'
          ? { alternatives: choices.alternatives ?? base.alternatives ?? [] }
          : {}),
        // With its detail: the checks on a private detail left out, or a detail in the other language, need it.
        ...reasonField(choices.reason, choices.detail),
      }).then((result) => {
        if (current && result.ok) setChecks(result.value)
      })
    }, 250)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [shown, interview.id, subject, body, now])

  if (!shown || !draft) return <p className="muted">{t('drafts.loading')}</p>
  // What the text is for: it is copied, opened, sent and recorded with these, never with a newer choice.
  const { choices } = shown
  const settled = sameChoices({ kind, channel, language, reason, detail, alternatives }, choices)
  const links = draftLinks(interview, choices.channel, subject, body)

  async function markSent() {
    const result = await call('drafts/markSent', {
      interviewId: interview.id,
      kind: choices.kind,
      channel: choices.channel,
      language: choices.language,
      ...(choices.channel === 'email' && subject.trim() ? { subject } : {}),
      body,
      // The times this message proposes are held until the company answers.
      ...(choices.kind === 'reschedule' ? { alternatives: choices.alternatives ?? draft!.alternatives } : {}),
      // The reason decides what sending does: a cancellation that asks for video first cancels nothing yet.
      ...reasonField(choices.reason, choices.detail),
    })
    if (!result.ok) return toast(errorText(result.error), 'error')
    toast(t('drafts.sent'))
    onSent(result.value)
    followUpsChanged(interview.id)
  }

  return (
    <div className="composer">
      <div className="composer-options">
        <Field label={t('drafts.kind')}>
          <select value={kind} onChange={(e) => setKind(e.target.value as DraftKind)}>
            {DRAFT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`drafts.title.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('drafts.channel')}>
          <select value={channel} onChange={(e) => setChannel(e.target.value as DraftChannel)}>
            {DRAFT_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`drafts.channels.${c}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('drafts.language')}>
          <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            <LanguageOptions />
          </select>
        </Field>
        {record.reasons.length > 0 && (
          <>
            <Field label={t('drafts.reason')}>
              <select value={reason} onChange={(e) => setCategory(e.target.value as ReasonCategory | '')}>
                <option value="">{t('drafts.reasons.none')}</option>
                {record.reasons.map((c) => (
                  <option key={c} value={c}>
                    {t(`drafts.reasons.${c}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('drafts.detail')} hint={t('drafts.detailHint')}>
              <input value={detail} maxLength={300} onChange={(e) => setDetail(e.target.value)} />
            </Field>
          </>
        )}
      </div>
      <DraftNotice kind={kind} notice={draft.notice} onApology={() => setKind('apology')} />
      {kind === 'reschedule' && (
        <AlternativesEditor
          alternatives={shownAlternatives ?? []}
          zone={interview.timeZone}
          durationMs={Date.parse(interview.endsAt) - Date.parse(interview.startsAt)}
          onChange={setAlternatives}
        />
      )}
      {choices.channel === 'email' && (
        <Field label={t('drafts.subject')}>
          <input value={subject} onChange={(e) => setSubject(e.target.value)} />
        </Field>
      )}
      {waiting && (
        <WaitingDraft
          onUse={() => {
            show(waiting)
            textArea.current?.focus()
          }}
          onKeep={keepText}
        />
      )}
      <Field label={t('drafts.body')}>
        <textarea
          ref={textArea}
          className="draft-body"
          rows={14}
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
      </Field>
      <DraftChecks checks={checks} />
      <DraftActions
        channel={choices.channel}
        subject={subject}
        body={body}
        links={links}
        ready={settled}
        onClose={close}
        onMarkSent={() => void markSent()}
      />
    </div>
  )
}
