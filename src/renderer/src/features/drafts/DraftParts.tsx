import { useTranslation } from 'react-i18next'
import { KINDS } from '../../../../shared/drafts/kinds'
import type { draftLinks } from '../../../../shared/drafts/links'
import type { Draft, DraftChannel, DraftKind } from '../../../../shared/drafts/types'
import { openLink } from '../../api/openLink'
import { noticeSpan } from '../../i18n/noticeSpan'
import { useToast } from '../../ui/Toast'

interface Props {
  /** The channel the text was written for. */
  channel: DraftChannel
  subject: string
  body: string
  links: ReturnType<typeof draftLinks>
  /** Whether the text on screen is the one for the choices on screen (not while a new draft waits). */
  ready: boolean
  onClose: () => void
  onMarkSent: () => void
}

/** Below a draft: close, copy, open in the app that sends it, and record it as sent. */
export function DraftActions({ channel, subject, body, links, ready, onClose, onMarkSent }: Props) {
  const { t } = useTranslation()
  const toast = useToast()
  return (
    <div className="actions">
      {/* "Close", not "Cancel": in the dialog that cancels an interview, "Cancel" reads as doing that. */}
      <button type="button" onClick={onClose}>
        {t('dialog.close')}
      </button>
      <button
        type="button"
        disabled={!ready}
        onClick={() =>
          void navigator.clipboard
            .writeText(channel === 'email' ? `${subject}\n\n${body}` : body)
            .then(() => toast(t('drafts.copied')))
        }
      >
        {t('drafts.copy')}
      </button>
      {links.mailto && (
        <button type="button" disabled={!ready} onClick={() => openLink(links.mailto!)}>
          {t('drafts.openMail')}
        </button>
      )}
      {links.whatsapp && (
        <button type="button" disabled={!ready} onClick={() => openLink(links.whatsapp!)}>
          {t('drafts.openWhatsApp')}
        </button>
      )}
      {links.tel && channel === 'phone' && (
        <button type="button" disabled={!ready} onClick={() => openLink(links.tel!)}>
          {t('drafts.call')}
        </button>
      )}
      <button type="button" className="primary" disabled={!ready} onClick={onMarkSent}>
        {t('drafts.markSent')}
      </button>
    </div>
  )
}

/**
 * Over an edited text when a new choice needs a new draft: take it (the text is replaced), or keep the text
 * (the choice goes back to the one it was written for).
 */
export function WaitingDraft({ onUse, onKeep }: { onUse: () => void; onKeep: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="notice notice-waiting" role="status">
      <span>{t('drafts.newDraftWaiting')}</span>
      <button type="button" onClick={onUse}>
        {t('drafts.useNewDraft')}
      </button>
      <button type="button" onClick={onKeep}>
        {t('drafts.keepMyText')}
      </button>
    </div>
  )
}

/** Above a draft: how much notice the company gets, where that matters, and a word on a refused request. */
export function DraftNotice(props: { kind: DraftKind; notice: Draft['notice']; onApology: () => void }) {
  const { kind, notice, onApology } = props
  const { t } = useTranslation()
  const record = KINDS[kind]
  return (
    <>
      {kind === 'reschedule-refused' && (
        <p className="muted" role="note">
          {t('drafts.refusedHint')}
        </p>
      )}
      {/* Confirming or thanking changes nothing, so the notice the company gets does not matter then. */}
      {(record.noticeMatters || notice.level === 'past') && !record.needsHeld && (
        <p className={`notice notice-${notice.level}`} role="note">
          {noticeSpan(t, 'drafts.notice', notice.level, notice.hoursBefore)}
          {notice.level === 'past' && (
            <button type="button" className="quiet" onClick={onApology}>
              {t('drafts.writeApology')}
            </button>
          )}
        </p>
      )}
    </>
  )
}
