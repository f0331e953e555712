import type { z } from 'zod'
import type { FieldIssue } from './result'
import type { Language } from './model/settings'

/**
 * Turns zod issues into FieldIssues with stable codes. Our schemas put a code in `message`
 * (`required`, `invalid_email`, …); zod's own issues (unknown keys, bounds) are mapped here.
 */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  const issues: FieldIssue[] = []
  for (const issue of error.issues) {
    const path = issue.path.map(String)
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) issues.push(fieldIssue([...path, key], 'unknown_field'))
    } else if (issue.code === 'too_small' || issue.code === 'too_big') {
      const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum)
      const key = issue.code === 'too_small' ? 'min' : 'max'
      issues.push(fieldIssue(path, isCode(issue.message) ? issue.message : issue.code, { [key]: bound }))
    } else if (issue.code === 'invalid_union') {
      issues.push(fieldIssue(path, 'invalid_choice'))
    } else {
      issues.push(fieldIssue(path, isCode(issue.message) ? issue.message : 'invalid'))
    }
  }
  return issues
}

const isCode = (message: string) => /^[a-z_]+$/.test(message)

export function fieldIssue(path: string[], code: string, params?: Record<string, number>): FieldIssue {
  const dotted = path.join('.') || '(input)'
  const text = (validationText.en[code] ?? 'is not valid').replace(/\{\{(\w+)\}\}/g, (_, name) =>
    String(params?.[name] ?? ''),
  )
  return params ? { path: dotted, code, message: text, params } : { path: dotted, code, message: text }
}

/** One line for the error's `message`: the fields and what is wrong with each. */
export function summarizeIssues(issues: FieldIssue[]): string {
  return `Invalid input: ${issues.map((issue) => `${issue.path} — ${issue.message}`).join('; ')}`
}

/** Validation texts by code, in both UI languages (the renderer's i18n bundles include these). */
export const validationText: Record<Language, Record<string, string>> = {
  en: {
    required: 'is required',
    expected_text: 'must be text',
    expected_number: 'must be a number',
    expected_integer: 'must be a whole number',
    too_long: 'is too long',
    too_small: 'must be at least {{min}}',
    too_big: 'must be at most {{max}}',
    control_chars: 'contains invisible control characters',
    invalid_instant: 'must be a date and time in UTC (ISO 8601 with Z)',
    invalid_zone: 'is not a known time zone (use a name such as Asia/Jakarta)',
    invalid_email: 'is not a valid email address',
    invalid_url: 'must be a web link starting with https:// or http://',
    invalid_phone: 'is not a valid phone number',
    invalid_choice: 'is not one of the allowed choices',
    invalid_id: 'is not a valid id',
    invalid_time: 'must be a time such as 08:00',
    invalid_date: 'is not a date that exists',
    invalid_backup_name: 'is not a backup file name',
    end_before_start: 'must be after the start',
    too_long_duration: 'makes the interview longer than 24 hours',
    reply_after_start: 'must be before the interview starts',
    late_not_below_short: 'must be fewer hours than the short-notice line',
    unknown_field: 'is not a known field',
    same_place: 'must be a different place',
    too_many: 'has too many entries',
    not_with_text: 'cannot be given together with text',
    not_with_range: 'cannot be given together with a period (from, to)',
    parse_time_limit: 'took longer than {{seconds}} s to read, so it was stopped; nothing was imported',
    parse_memory_limit: 'needed more than {{megabytes}} MB to read, so it was stopped; nothing was imported',
    unknown_event: 'does not name an event of this file',
    in_the_past: 'is in the past',
    not_users_own:
      'names a record the app made itself (a message marked as sent, a task it set), which cannot be changed or deleted',
    not_ics:
      'is not a calendar file (.ics). For an invitation sent by email or message, use New interview → Paste invitation.',
    ics_incomplete: 'is cut short: an event in it is incomplete, so nothing was imported',
    ics_unreadable: 'is not in calendar (.ics) format, so nothing was imported',
    invalid: 'is not valid',
  },
  id: {
    required: 'wajib diisi',
    expected_text: 'harus berupa teks',
    expected_number: 'harus berupa angka',
    expected_integer: 'harus berupa bilangan bulat',
    too_long: 'terlalu panjang',
    too_small: 'minimal {{min}}',
    too_big: 'maksimal {{max}}',
    control_chars: 'mengandung karakter kendali yang tidak terlihat',
    invalid_instant: 'harus berupa tanggal dan waktu UTC (ISO 8601 dengan Z)',
    invalid_zone: 'bukan zona waktu yang dikenal (gunakan nama seperti Asia/Jakarta)',
    invalid_email: 'bukan alamat email yang valid',
    invalid_url: 'harus berupa tautan web yang diawali https:// atau http://',
    invalid_phone: 'bukan nomor telepon yang valid',
    invalid_choice: 'bukan salah satu pilihan yang tersedia',
    invalid_id: 'bukan id yang valid',
    invalid_time: 'harus berupa jam seperti 08.00',
    invalid_date: 'tidak valid',
    invalid_backup_name: 'bukan nama berkas cadangan',
    end_before_start: 'harus setelah waktu mulai',
    too_long_duration: 'membuat wawancara lebih lama dari 24 jam',
    reply_after_start: 'harus sebelum wawancara dimulai',
    late_not_below_short: 'harus lebih kecil daripada batas mendadak',
    unknown_field: 'bukan kolom yang dikenal',
    same_place: 'harus tempat yang berbeda',
    too_many: 'berisi terlalu banyak entri',
    not_with_text: 'tidak dapat diberikan bersama teks',
    not_with_range: 'tidak dapat diberikan bersama rentang waktu (from, to)',
    parse_time_limit:
      'butuh lebih dari {{seconds}} detik untuk dibaca, jadi dihentikan; tidak ada yang diimpor',
    parse_memory_limit:
      'butuh lebih dari {{megabytes}} MB memori untuk dibaca, jadi dihentikan; tidak ada yang diimpor',
    unknown_event: 'tidak menunjuk acara mana pun dalam berkas ini',
    in_the_past: 'sudah lewat',
    not_users_own:
      'merujuk ke entri buatan aplikasi (pesan yang ditandai terkirim atau tugas otomatis), yang tidak dapat diubah atau dihapus',
    not_ics:
      'bukan isi berkas kalender (.ics). Untuk undangan lewat email atau pesan, gunakan Wawancara baru → Tempel undangan.',
    ics_incomplete: 'terpotong sehingga ada acara yang tidak lengkap; tidak ada yang diimpor',
    ics_unreadable: 'tidak berformat kalender (.ics) sehingga tidak ada yang diimpor',
    invalid: 'tidak valid',
  },
}
