import { useContext, useEffect, useState } from 'react'
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
import type { Interview } from '../../../../shared/model/interview'
import { call } from '../../api/client'
import { openLink } from '../../api/openLink'
import { SettingsContext } from '../../app/SettingsContext'
import { Field } from '../../ui/Field'
import { LanguageOptions } from '../../ui/options'
import { useToast } from '../../ui/Toast'
import { AlternativesEditor } from './AlternativesEditor'
import { DraftChecks } from './DraftChecks'

interface ComposerProps {
  interview: Interview
  initialKind: DraftKind
  onSent: () => void
  /** Times to propose instead of the free slots the app finds (a move made in the calendar). */
  initialAlternatives?: Alternative[] | undefined
  /** The time the company knows, when the calendar already holds the new one. */
  was?: Alternative | undefined
}

/** One click to a ready draft; editable, switchable, checked as the user types; sent by their own app. */
export function Composer({ interview, initialKind, onSent, initialAlternatives, was }: ComposerProps) {
  const { t } = useTranslation()
  const toast = useToast()
  const settings = useContext(SettingsContext)
  const [kind, setKind] = useState(initialKind)
  const [channel, setChannel] = useState<DraftChannel>('email')
  const [language, setLanguage] = useState<'id' | 'en'>(settings?.language ?? 'id')
  const [category, setCategory] = useState<ReasonCategory | ''>('')
  const [detail, setDetail] = useState('')
  const [alternatives, setAlternatives] = useState<Alternative[] | undefined>(initialAlternatives)
  const [draft, setDraft] = useState<Draft>()
  const [subject, setSubject] = useState('')
  const [body, setBody] = useState('')
  const [checks, setChecks] = useState<DraftCheck[]>([])
  const record = KINDS[kind]
  // A reason the new kind does not offer is dropped rather than sent and refused.
  const reason = category && record.reasons.includes(category) ? category : ''

  useEffect(() => {
    let current = true
    const chosen = reason
      ? { category: reason, ...(detail.trim() ? { detail: detail.trim() } : {}) }
      : undefined
    const timer = setTimeout(() => {
      const input = {
        interviewId: interview.id,
        kind,
        channel,
        language,
        ...(chosen ? { reason: chosen } : {}),
        ...(was ? { was } : {}),
      }
      void call('drafts/create', alternatives ? { ...input, alternatives } : input).then((result) => {
        if (!current) return
        if (!result.ok) return toast(t('errors.generic', { message: result.error.message }), 'error')
        setDraft(result.value)
        setSubject(result.value.subject ?? '')
        setBody(result.value.body)
        setChecks(result.value.checks)
      })
    }, 150)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [interview.id, kind, channel, language, reason, detail, alternatives, was, t, toast])

  const shownAlternatives = alternatives ?? draft?.alternatives
  // The same checks main runs on send, on the text as edited (and on every proposed time), as the user types.
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
        ...(reason ? { reason: { category: reason } } : {}),
      }).then((result) => {
        if (current && result.ok) setChecks(result.value)
      })
    }, 250)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [draft, interview.id, kind, channel, language, subject, body, shownAlternatives, reason])

  if (!draft) return <p className="muted">{t('drafts.loading')}</p>
  const links = draftLinks(interview, channel, subject, body)
  const hours = Math.floor(draft.notice.hoursBefore)

  async function markSent() {
    const result = await call('drafts/markSent', {
      interviewId: interview.id,
      kind,
      channel,
      language,
      ...(channel === 'email' && subject.trim() ? { subject } : {}),
      body,
    })
    if (!result.ok) return toast(t('errors.generic', { message: result.error.message }), 'error')
    toast(t('drafts.sent'))
    onSent()
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
          <select value={language} onChange={(e) => setLanguage(e.target.value as 'id' | 'en')}>
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
          {t(`drafts.notice.${draft.notice.level}`, { hours })}
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
          language={language}
          onChange={setAlternatives}
        />
      )}
      {channel === 'email' && (
        <Field label={t('drafts.subject')}>
          <input value={subject} onChange={(e) => setSubject(e.target.value)} />
        </Field>
      )}
      <Field label={t('drafts.body')}>
        <textarea className="draft-body" rows={14} value={body} onChange={(e) => setBody(e.target.value)} />
      </Field>
      <DraftChecks checks={checks} />
      <div className="actions">
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
