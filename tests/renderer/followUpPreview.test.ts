import { describe, expect, it } from 'vitest'
import { previewLine } from '../../src/renderer/src/features/followups/FollowUpItem'

describe('a sent message in the timeline is summed up past its greeting', () => {
  it.each([
    [
      'a WhatsApp',
      'Selamat malam, Bapak Hendra.\n\nSaya Andi Pratama, kandidat posisi Staf Gudang. Saya ingin memohon penjadwalan ulang.',
      'Saya Andi Pratama, kandidat posisi Staf Gudang. Saya ingin memohon penjadwalan ulang.',
    ],
    [
      'an email',
      'Yth. Ibu Sari Wulandari,\n\nDengan hormat,\n\nTerima kasih atas undangan wawancara untuk posisi Analis Data.',
      'Terima kasih atas undangan wawancara untuk posisi Analis Data.',
    ],
    [
      'an English email',
      'Dear Ms Lim,\n\nThank you for inviting me to interview for the role.',
      'Thank you for inviting me to interview for the role.',
    ],
    ['a short note', 'Could we move it?', 'Could we move it?'],
  ])('%s', (_, body, line) => {
    expect(previewLine(body)).toBe(line)
  })
})
