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
import { openLink } from '../../api/openLink'
import { SettingsContext } from '../../app/SettingsContext'
import { useDialogClose, useDiscardGuard } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { LanguageOptions } from '../../ui/options'
import { useToast } from '../../ui/Toast'
import { useNow } from '../../ui/useNow'
import { AlternativesEditor } from './AlternativesEditor'
import { DraftChecks } from './DraftChecks'
import { reachableChannel } from '../../../../shared/drafts/reachable'
import { noticeSpan } from '../../i18n/noticeSpan'
import { followUpsChanged } from '../followups/followUpChanges'

interface ComposerProps {
  interview: Interview
  initialKind: DraftKind
  onSent: (result: { interview: Interview; followUp: FollowUp }) => void
  onCancel: () => void
  /** A time to propose first (dropped in the calendar); the free slots the app finds follow it. */
  firstProposed?: Alternative | undefined
  /** The channel to start with (a task that asks for a written confirmation); else one the contact has. */
  initialChannel?: DraftChannel | undefined
}

/** How many times a request proposes by default when the user dropped one: theirs and two free ones. */
const PROPOSED_AFTER_DROP = 3

/** One click to a ready draft; editable, switchable, checked as the user types; sent by their own app. */
export function Composer(props: ComposerProps) {
  const { interview, initialKind, onSent, onCancel, firstProposed, initialChannel } = props
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
  const [draft, setDraft] = useState<Draft>()
  const [subject, setSubject] = useState('')
  const [body, setBody] = useState('')
  const edited = draft !== undefined && (body !== draft.body || subject !== (draft.subject ?? ''))
  // A new draft for a changed choice (channel, language, reason…) waits here while the user's own edits are
  // shown: their text is replaced only when they say so.
  const [waiting, setWaiting] = useState<Draft>()
  const editedNow = useRef(edited)
  editedNow.current = edited
  useDiscardGuard(edited)
  // Closing from the draft's own button asks first too when the text was edited.
  const close = useDialogClose(onCancel)
  const [checks, setChecks] = useState<DraftCheck[]>([])
  const record = KINDS[kind]
  // A reason the new kind does not offer is dropped rather than sent and refused.
  const reason = category && record.reasons.includes(category) ? category : ''

  useEffect(() => {
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
        if (editedNow.current) return setWaiting(result.value)
        show(result.value)
      })
    }, 150)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [interview.id, kind, channel, language, reason, detail, alternatives, firstProposed, t, toast])

  function show(next: Draft) {
    setWaiting(undefined)
    setDraft(next)
    setSubject(next.subject ?? '')
    setBody(next.body)
    setChecks(next.checks)
  }

  const shownAlternatives = alternatives ?? draft?.alternatives
  // The same checks main runs on send, on the text as edited (and on every proposed time), as the user types,
  // and again each minute: a greeting or a "besok" can go stale while the draft waits.
  const now = useNow()
  useEffect(() => {
    if (!draft) return
    let current = true
    const timer = setTimeout(() => {
      void call('drafts/check', {
        interviewId: interview.id,
        kind,
        channel,
        language,
        ...(channel === 'email' ? { subject } : {}),
        body,
        ...(kind === 'reschedule' ? { alternatives: shownAlternatives ?? [] } : {}),
        // With its detail: the checks on a private detail left out, or a detail in the other language, need it.
        ...reasonField(reason, detail),
      }).then((result) => {
        if (current && result.ok) setChecks(result.value)
      })
    }, 250)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [draft, interview.id, kind, channel, language, subject, body, shownAlternatives, reason, detail, now])

  if (!draft) return <p className="muted">{t('drafts.loading')}</p>
  const links = draftLinks(interview, channel, subject, body)

  async function markSent() {
    const result = await call('drafts/markSent', {
      interviewId: interview.id,
      kind,
      channel,
      language,
      ...(channel === 'email' && subject.trim() ? { subject } : {}),
      body,
      // The times this message proposes are held until the company answers.
      ...(kind === 'reschedule' ? { alternatives: shownAlternatives } : {}),
      // The reason decides what sending does: a cancellation that asks for video first cancels nothing yet.
      ...reasonField(reason, detail),
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
      {kind === 'reschedule-refused' && (
        <p className="muted" role="note">
          {t('drafts.refusedHint')}
        </p>
      )}
      {/* Confirming or thanking changes nothing, so the notice the company gets does not matter then. */}
      {(record.noticeMatters || draft.notice.level === 'past') && !record.needsHeld && (
        <p className={`notice notice-${draft.notice.level}`} role="note">
          {noticeSpan(t, 'drafts.notice', draft.notice.level, draft.notice.hoursBefore)}
          {draft.notice.level === 'past' && (
            <button type="button" className="quiet" onClick={() => setKind('apology')}>
              {t('drafts.writeApology')}
            </button>
          )}
        </p>
      )}
      {kind === 'reschedule' && (
        <AlternativesEditor
          alternatives={shownAlternatives ?? []}
          zone={interview.timeZone}
          durationMs={Date.parse(interview.endsAt) - Date.parse(interview.startsAt)}
          onChange={setAlternatives}
        />
      )}
      {channel === 'email' && (
        <Field label={t('drafts.subject')}>
          <input value={subject} onChange={(e) => setSubject(e.target.value)} />
        </Field>
      )}
      {waiting && (
        <div className="notice notice-waiting" role="status">
          <span>{t('drafts.newDraftWaiting')}</span>
          <button type="button" onClick={() => show(waiting)}>
            {t('drafts.useNewDraft')}
          </button>
          <button type="button" className="quiet" onClick={() => setWaiting(undefined)}>
            {t('drafts.keepMyText')}
          </button>
        </div>
      )}
      <Field label={t('drafts.body')}>
        <textarea className="draft-body" rows={14} value={body} onChange={(e) => setBody(e.target.value)} />
      </Field>
      <DraftChecks checks={checks} />
      <div className="actions">
        {/* "Close", not "Cancel": in the dialog that cancels an interview, "Cancel" reads as doing that. */}
        <button type="button" onClick={close}>
          {t('dialog.close')}
        </button>
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard
              .writeText(channel === 'email' ? `${subject}\n\n${body}` : body)
              .then(() => toast(t('drafts.copied')))
          }
        >
          {t('drafts.copy')}
        </button>
        {links.mailto && (
          <button type="button" onClick={() => openLink(links.mailto!)}>
            {t('drafts.openMail')}
          </button>
        )}
        {links.whatsapp && (
          <button type="button" onClick={() => openLink(links.whatsapp!)}>
            {t('drafts.openWhatsApp')}
          </button>
        )}
        {links.tel && channel === 'phone' && (
          <button type="button" onClick={() => openLink(links.tel!)}>
            {t('drafts.call')}
          </button>
        )}
        <button type="button" className="primary" onClick={() => void markSent()}>
          {t('drafts.markSent')}
        </button>
      </div>
    </div>
  )
}

/** The reason chosen (and its detail, when typed), as the draft channels take it. */
const reasonField = (category: ReasonCategory | '', detail: string) =>
  category ? { reason: { category, ...(detail.trim() ? { detail: detail.trim() } : {}) } } : {}
