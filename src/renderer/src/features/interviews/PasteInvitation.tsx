import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Interview, TimeSlot } from '../../../../shared/model/interview'
import type { InvitationReading, InvitationSlot } from '../../../../shared/model/invitation'
import { call } from '../../api/client'
import { useZone } from '../../app/SettingsContext'
import { InvitationSummary } from './InvitationSummary'

interface PasteInvitationProps {
  onRead: (reading: InvitationReading) => void
  /** The last reading, to say what was filled, what is missing and what it matches. */
  reading?: InvitationReading | undefined
  filled: number
  interviews: readonly Interview[]
  onMove: (interview: Interview) => void
  onAnswer: (interview: Interview, slot: TimeSlot) => void
  onChoose: (choice: InvitationSlot) => void
}

/** "Paste invitation": a text box (or the clipboard in one click) whose text fills the form. */
export function PasteInvitation({
  onRead,
  reading,
  filled,
  interviews,
  onMove,
  onAnswer,
  onChoose,
}: PasteInvitationProps) {
  const { t } = useTranslation()
  const zone = useZone()
  const id = useId()
  const [open, setOpen] = useState(false)
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string>()
  // The offered time chosen last, for the reading it was chosen from (a new reading has none chosen).
  const [chosen, setChosen] = useState<{ from: InvitationReading; startsAt: string }>()

  async function read(source: string) {
    if (!source.trim()) return
    setBusy(true)
    setProblem(undefined)
    const result = await call('invitations/parse', { text: source, timeZone: zone })
    setBusy(false)
    if (!result.ok) return setProblem(t('errors.generic', { message: result.error.message }))
    onRead(result.value)
  }

  async function fromClipboard() {
    try {
      const pasted = await navigator.clipboard.readText()
      setText(pasted)
      await read(pasted)
    } catch {
      setProblem(t('invitations.clipboardDenied'))
    }
  }

  // What the reading found: under the box, or under the closed box when the form opened with a reading (a
  // dropped file), so the choice of times, a missing field or a clash is always said.
  const summary = reading && (
    <InvitationSummary
      reading={reading}
      filled={filled}
      interviews={interviews}
      onMove={onMove}
      onAnswer={onAnswer}
      onChoose={(choice) => {
        setChosen({ from: reading, startsAt: choice.startsAt })
        onChoose(choice)
      }}
      chosen={chosen?.from === reading ? chosen.startsAt : undefined}
    />
  )

  if (!open)
    return (
      <div className="paste-invitation">
        <button type="button" onClick={() => setOpen(true)}>
          {t('invitations.pasteOpen')}
        </button>
        {summary}
      </div>
    )
  return (
    <div className="paste-invitation open">
      <label htmlFor={id}>{t('invitations.pasteLabel')}</label>
      <textarea id={id} value={text} rows={6} onChange={(event) => setText(event.target.value)} />
      <div className="actions">
        <button type="button" onClick={() => void fromClipboard()} disabled={busy}>
          {t('invitations.clipboard')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void read(text)}
          disabled={busy || !text.trim()}
        >
          {busy ? t('invitations.reading') : t('invitations.read')}
        </button>
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {summary}
    </div>
  )
}
