import type { alertTextsEn } from './alerts-en'
import type { Strings } from './strings'

/** Alert and reminder texts (Indonesian): times as EYD writes them (10.00–11.00), units in words. */
export const alertTextsId: Strings<typeof alertTextsEn> = {
  alertText: {
    overlap:
      'Jadwal wawancara dengan {{first}} ({{firstSpan}}) dan {{second}} ({{secondSpan}}) bentrok pada {{day}}.',
    travel:
      'Pada {{day}}, jeda antara wawancara dengan {{first}} dan {{second}} hanya {{gap}}, padahal perjalanan ke {{place}} memerlukan sekitar {{needed}}.',
    prep: 'Pada {{day}}, jeda antara wawancara dengan {{first}} dan {{second}} hanya {{gap}}; sediakan waktu {{needed}} untuk bersiap sebelum wawancara berikutnya.',
    'same-day': 'Ada {{count}} wawancara pada {{day}}: {{companies}}.',
    'same-day-crowded':
      'Ada {{count}} wawancara pada {{day}}: {{companies}}. Jadwal hari itu terlalu padat; pertimbangkan untuk memindahkan salah satunya.',
    'notice-ahead':
      'Jika wawancara dengan {{company}} perlu dijadwalkan ulang atau dibatalkan, kabari mereka sebelum {{deadline}} agar pemberitahuan diterima setidaknya {{hours}} sebelumnya.',
    'notice-short':
      'Waktu untuk memberi tahu {{company}} sudah sempit (wawancara tinggal {{hours}} lagi): telepon mereka terlebih dahulu, lalu konfirmasikan secara tertulis.',
    'notice-late':
      'Wawancara dengan {{company}} tinggal kurang dari sehari lagi ({{hours}}): telepon mereka sekarang dan sampaikan permohonan maaf karena pemberitahuannya mendadak.',
    unconfirmed:
      'Anda belum mengonfirmasi wawancara dengan {{company}} pada {{when}}: konfirmasikan bahwa Anda akan hadir.',
    upcoming: 'Wawancara dengan {{company}} dimulai {{hours}} lagi, pada {{when}}.',
    'advice-lower-priority':
      'Pindahkan atau batalkan wawancara dengan {{move}}: bagi Anda, wawancara ini kurang penting dibandingkan wawancara dengan {{keep}}.',
    'advice-unconfirmed':
      'Pindahkan atau batalkan wawancara dengan {{move}}: Anda belum mengonfirmasi wawancara ini, sedangkan wawancara dengan {{keep}} sudah Anda konfirmasi.',
    'advice-ample-notice':
      'Pindahkan atau batalkan wawancara dengan {{move}}: masih ada cukup waktu untuk mengabari mereka tanpa terkesan mendadak.',
    'advice-later':
      'Pindahkan atau batalkan wawancara dengan {{move}}: jadwalnya lebih lambat daripada wawancara yang lain sehingga masih ada lebih banyak waktu untuk mengaturnya.',
    'task-due': '{{task}} paling lambat {{when}}.',
    'task-overdue': '{{task}}: tenggatnya sudah lewat ({{when}}).',
    'task-reminder': 'Pengingat: {{task}} (dijadwalkan {{when}}).',
    'send-thanks': 'Kirim ucapan terima kasih atas wawancara kepada {{company}} paling lambat {{deadline}}.',
    'hold-overlap':
      'Wawancara dengan {{company}} ({{span}}) jatuh pada waktu yang Anda usulkan kepada {{heldFor}} ({{held}}); bentrokan ini belum pasti selama {{heldFor}} belum menjawab.',
    'hold-gap':
      'Jeda antara wawancara dengan {{company}} dan waktu yang Anda usulkan kepada {{heldFor}} ({{held}}) hanya {{gap}}, padahal dibutuhkan sekitar {{needed}}. Jeda ini belum pasti selama {{heldFor}} belum menjawab.',
  },
  alertTask: {
    'confirm-in-writing': 'Kirim konfirmasi tertulis kepada {{company}}',
    'send-thanks': 'Kirim ucapan terima kasih kepada {{company}}',
    'chase-reply': 'Tanyakan kabar permohonan jadwal ulang Anda kepada {{company}}',
    'video-answer': 'Minta kepastian wawancara lewat video dari {{company}}',
    custom: 'Tindak lanjuti wawancara dengan {{company}}',
  },
  alertWords: {
    theirPlace: 'lokasi wawancara berikutnya',
  },
  units: {
    hours_one: '{{count}} jam',
    hours_other: '{{count}} jam',
    minutes_one: '{{count}} menit',
    minutes_other: '{{count}} menit',
  },
}
