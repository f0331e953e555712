import { describe, expect, it } from 'vitest'
import { checkDraft } from '../../../src/shared/drafts/checks'
import { composeDraft } from '../../../src/shared/drafts/compose'
import { sampleInterview, sampleSettings } from '../../helpers/draftSamples'

const interview = sampleInterview()
const settings = sampleSettings()
const now = Date.parse('2026-12-01T03:00:00Z')

function codes(channel: 'email' | 'whatsapp', subject: string | undefined) {
  const draft = composeDraft({
    interview,
    settings,
    kind: 'confirm',
    channel,
    language: 'id',
    alternatives: [],
    now,
  })
  return checkDraft({
    body: draft.body,
    subject,
    kind: 'confirm',
    channel,
    language: 'id',
    uiLanguage: 'id',
    interview,
    settings,
    alternatives: [],
    proposed: [],
    now,
  })
}

// From a walkthrough: an email whose subject was cleared was marked as sent, and opened in the mail app,
// with nothing said; a recruiter's inbox shows it as "(no subject)".
describe('an email’s subject', () => {
  it('left empty (or blank) is a warning, in the reader’s words', () => {
    for (const subject of [undefined, '', '   ']) {
      expect(codes('email', subject).find((check) => check.code === 'no-subject')).toEqual({
        code: 'no-subject',
        severity: 'warning',
        message:
          'Email ini belum memiliki subjek. Tambahkan subjek yang menyebutkan maksud email dan posisi yang dilamar.',
      })
    }
  })

  it('written, or a WhatsApp, which has none: nothing said', () => {
    expect(codes('email', 'Konfirmasi Kehadiran Wawancara').map((check) => check.code)).not.toContain(
      'no-subject',
    )
    expect(codes('whatsapp', undefined).map((check) => check.code)).not.toContain('no-subject')
  })
})
