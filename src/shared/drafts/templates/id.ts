import type { ReasonCategory } from '../types'
import { letterWith, type LetterContext, type LetterParts } from './context'

const REASONS: Record<ReasonCategory, string> = {
  illness: 'saya sedang sakit',
  'family-emergency': 'ada keadaan darurat dalam keluarga yang harus saya tangani',
  'schedule-conflict': 'pada waktu tersebut saya memiliki keperluan lain yang tidak dapat dipindahkan',
  'other-offer': 'saya telah menerima tawaran pekerjaan lain',
  unforeseen: 'terjadi kendala yang tidak terduga',
  personal: 'ada keperluan pribadi',
  'not-a-fit': 'setelah mempertimbangkan dengan saksama, posisi ini belum sesuai bagi saya saat ini',
  preparation: 'saya ingin mempersiapkan diri dengan lebih baik',
}

function reason(context: LetterContext): string {
  const phrase = context.reasonCategory
    ? REASONS[context.reasonCategory]
    : 'ada hal mendesak yang tidak terduga'
  return context.reasonDetail ? `karena ${phrase} (${context.reasonDetail})` : `karena ${phrase}`
}

function apology(context: LetterContext): string {
  if (context.notice === 'late')
    return 'Saya mohon maaf yang sebesar-besarnya atas pemberitahuan yang sangat mendadak ini dan ketidaknyamanan yang ditimbulkan.'
  if (context.notice === 'short')
    return 'Saya mohon maaf atas pemberitahuan yang singkat ini dan ketidaknyamanan yang mungkin ditimbulkan.'
  return 'Saya mohon maaf atas ketidaknyamanan yang mungkin ditimbulkan.'
}

const interviewPhrase = (c: LetterContext) => `wawancara untuk posisi ${c.position} pada ${c.when}`

export function indonesianLetter(c: LetterContext): LetterParts {
  const contact = [c.userPhone, c.userEmail].filter(Boolean).join(' atau ')
  const daypart = c.hour < 11 ? 'pagi' : c.hour < 15 ? 'siang' : c.hour < 18 ? 'sore' : 'malam'
  const parts = letterWith({
    greeting: c.contactName ? `Yth. Bapak/Ibu ${c.contactName},` : `Yth. Tim Rekrutmen ${c.company},`,
    // "Dengan hormat" opens a letter; on the phone it would sound stiff.
    opening: `${c.channel === 'phone' ? 'Saya' : 'Dengan hormat, saya'} ${c.userName}, ingin menyampaikan hal terkait ${interviewPhrase(c)}${c.where ? ` ${c.where}` : ''}.`,
    reference: c.reference && `Sebagai rujukan, nomor undangan tersebut adalah ${c.reference}.`,
    reach: contact && `Saya dapat dihubungi melalui ${contact}.`,
    signOff: 'Hormat saya,',
    callGreeting: `Selamat ${daypart}${c.contactName ? `, Bapak/Ibu ${c.contactName}` : ''}.`,
  })
  switch (c.kind) {
    case 'cancel':
      return parts(
        `Pembatalan wawancara — ${c.position}`,
        [`Dengan berat hati saya harus membatalkan wawancara tersebut ${reason(c)}.`, apology(c)],
        'Terima kasih atas waktu serta pertimbangan Bapak/Ibu terhadap lamaran saya.',
        `Saya berharap tetap dapat menjalin komunikasi untuk kesempatan lain di ${c.company} di masa mendatang.`,
      )
    case 'reschedule':
      return parts(
        `Permohonan penjadwalan ulang wawancara — ${c.position}`,
        [
          `Saya ingin memohon agar wawancara tersebut dapat dijadwalkan ulang ${reason(c)}.`,
          apology(c),
          'Saya tetap sangat berminat pada posisi ini. Apakah salah satu waktu berikut sesuai bagi Bapak/Ibu?',
        ],
        'Terima kasih atas pengertian dan kelonggaran yang Bapak/Ibu berikan.',
        'Apabila waktu-waktu tersebut kurang sesuai, saya akan menyesuaikan dengan waktu yang Bapak/Ibu tentukan.',
        c.alternatives,
      )
    case 'decline':
      return parts(
        `Undangan wawancara — ${c.position}`,
        [
          `Setelah mempertimbangkan dengan saksama, dengan hormat saya belum dapat memenuhi undangan tersebut ${reason(c)}.`,
          `Saya menghargai kesempatan untuk mengenal ${c.company} dan tim Bapak/Ibu lebih dekat.`,
        ],
        'Terima kasih atas undangan serta pertimbangan Bapak/Ibu terhadap lamaran saya.',
        `Saya akan senang apabila dapat dipertimbangkan kembali untuk lowongan lain di ${c.company}.`,
      )
    case 'confirm':
      return parts(
        `Konfirmasi kehadiran wawancara — ${c.position}`,
        [
          `Dengan ini saya mengonfirmasi kehadiran saya pada ${interviewPhrase(c)}${c.where ? `, ${c.where}` : ''}.`,
        ],
        'Terima kasih atas undangannya; saya menantikan pertemuan dengan Bapak/Ibu.',
        'Mohon kabari saya apabila ada dokumen atau hal lain yang perlu saya persiapkan.',
      )
    case 'thanks':
      return parts(
        `Terima kasih — wawancara ${c.position}`,
        [
          `Terima kasih atas kesempatan berbincang mengenai posisi ${c.position}.`,
          `Saya senang dapat mengenal ${c.company} lebih jauh, dan percakapan kita semakin menguatkan minat saya pada posisi ini.`,
        ],
        'Sekali lagi terima kasih atas waktu dan pertimbangan Bapak/Ibu.',
        'Saya menantikan kabar mengenai tahap selanjutnya.',
      )
    case 'apology':
      return parts(
        `Permohonan maaf atas wawancara yang terlewat — ${c.position}`,
        [
          `Saya mohon maaf yang sebesar-besarnya karena tidak hadir pada ${interviewPhrase(c)}${c.reasonCategory ? `, ${reason(c)}` : ''}.`,
          'Saya menyadari hal ini telah menyita waktu Bapak/Ibu, dan saya sungguh menyesalinya.',
          'Apabila masih memungkinkan, saya akan sangat berterima kasih bila dapat dijadwalkan ulang; saya memahami bila tidak.',
        ],
        'Terima kasih atas kesabaran dan pengertian Bapak/Ibu.',
        `Saya berharap masih memiliki kesempatan untuk berbincang dengan ${c.company}.`,
      )
    case 'reschedule-refused':
      return parts(
        `Re: wawancara — ${c.position}`,
        [
          'Terima kasih telah mempertimbangkan permohonan penjadwalan ulang saya; saya memahami bahwa hal tersebut belum memungkinkan kali ini.',
          'Saya tetap sangat berminat pada posisi ini. Apakah wawancara melalui telepon atau video dapat menjadi alternatif?',
        ],
        'Terima kasih atas waktu dan pertimbangan Bapak/Ibu.',
        `Bagaimanapun, saya berharap tetap dapat menjalin komunikasi untuk kesempatan lain di ${c.company}.`,
      )
    case 'chase':
      return parts(
        `Tindak lanjut permohonan jadwal ulang — ${c.position}`,
        [
          `Saya ingin menanyakan kembali permohonan saya untuk memindahkan ${interviewPhrase(c)}.`,
          'Mohon kabar apakah salah satu waktu yang saya usulkan dapat Bapak/Ibu terima.',
        ],
        'Terima kasih atas waktu dan perhatian Bapak/Ibu.',
        'Apabila ada waktu lain yang lebih sesuai, saya dengan senang hati menyesuaikan.',
        c.alternatives,
      )
  }
}
