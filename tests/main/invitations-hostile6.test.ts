import { describe, expect, it } from 'vitest'
import type { InvitationInterview } from '../../src/shared/model/invitation'
import { readingOf } from '../helpers/invitations'

// A hostile read of this round's reader rules (a reply that keeps the place, addresses over several lines, a
// signer's profession, the candidate's own number, licences, a venue's zone, roles in chats, recorded-interview
// platforms): each case a realistic invitation the first version of a rule got wrong, or one it must keep.
const Q = (lines: string[]) => lines.join('\n')
const CASES = {
  V1: Q([
    'Baik Bu, jadwal kami geser ke Kamis, 10 Desember 2026 pukul 10.00 WIB. Tempat tetap sama.',
    '',
    'Salam,',
    'Rina',
    'HRD PT Maju Bersama',
    'Alamat: Jl. Raya Bekasi KM 22, Cakung, Jakarta Timur 13910',
    '',
    'Pada tanggal Sen, 30 Nov 2026 pukul 09.00, Rina <rina@majubersama.co.id> menulis:',
    '> Interview pada Rabu, 9 Desember 2026 pukul 10.00 WIB bertempat di Gudang Cikarang PT Maju Bersama, Jl. Industri Selatan 5 Blok C, Cikarang.',
  ]),
  V2: Q([
    'Interview tahap 2 pada Kamis, 10 Desember 2026 pukul 10.00 WIB tidak di tempat yang sama. Lokasinya akan kami kabarkan besok.',
    '',
    'Salam,',
    'Rina',
    '',
    'On Mon, 30 Nov 2026 at 09.00, Rina <rina@x.co.id> wrote:',
    '> Tempat: Kantor Cabang Bekasi, Jl. Ahmad Yani No. 5, Bekasi',
  ]),
  V3: Q([
    'Your second interview is on Thursday, 10 December 2026 at 10:00 WIB; it will not be at the same office as your first interview. We will send the new address tomorrow.',
    '',
    'Regards,',
    'Rina',
    '',
    'On Mon, 30 Nov 2026 at 09.00, Rina <rina@x.co.id> wrote:',
    '> Venue: Techco Office, Menara BCA Lt. 30, Jl. MH Thamrin No. 1, Jakarta',
  ]),
  V4: Q([
    'Jadwal baru: Kamis, 10 Desember 2026 pukul 10.00 WIB',
    'Tempat: sama seperti sebelumnya.',
    '',
    'Salam,',
    'Rina',
    '',
    'On Mon, 30 Nov 2026 at 09.00, Rina <rina@x.co.id> wrote:',
    '> Tempat: Ruko Grand Galaxy Blok RSA No. 12, Bekasi Selatan',
  ]),
  V5: Q([
    'Interview online pada Kamis, 10 Desember 2026 pukul 10.00 WIB, link Google Meet menyusul. Dokumen silakan kirim ke alamat yang sama.',
    '',
    'Salam,',
    'Rina',
    'Jl. Kemang Raya No. 8, Jakarta Selatan',
  ]),
  A1: Q([
    'Interview pada Kamis, 10 Desember 2026 pukul 10.00 WIB.',
    'Tempat: Kantor PT Sinar Abadi, Jl. Pemuda No. 12, Semarang',
    '',
    'Jalan menuju kantor sedang ada perbaikan, mohon berangkat lebih awal.',
  ]),
  A2: Q([
    'Interview pada Kamis, 10 Desember 2026 pukul 10.00 WIB.',
    'Tempat: Gedung Cyber 2 Lt. 15',
    'Jl. H.R. Rasuna Said Blok X-5 No. 13',
    'Jakarta Selatan 12950',
    '',
    'Salam',
  ]),
  A3: Q([
    'Interview pada Kamis, 10 Desember 2026 pukul 10.00 WIB.',
    'Alamat: Ruko Mutiara Blok B No. 7,',
    'Kelurahan Sukajadi, Kecamatan Sukajadi,',
    'Kota Bandung 40162',
  ]),
  A4: Q([
    'Interview pada Kamis, 10 Desember 2026 pukul 10.00 WIB.',
    'Lokasi: Toko Roti Makmur, Jl. Merdeka No. 5,',
    'Kota Bogor 16124',
    '081234567890 (Bu Sari)',
    'Gedung parkir ada di belakang toko.',
  ]),
  P1: Q([
    'Interview pada Kamis, 10 Desember 2026 pukul 10.00 WIB di Apotek Sehat.',
    '',
    'Hormat kami,',
    'Apt. Dewi Lestari, S.Farm.',
  ]),
  C1: 'Interview telepon pada Kamis, 10 Desember 2026 pukul 10.00 WIB. Kami akan menelepon ke nomor HP Anda yang tercantum di CV, yaitu 0813-1111-2222.\n\nSalam,\nRina\nHP 0812-9999-0000',
  C2: 'Phone interview on Thursday, 10 December 2026 at 10:00 WIB. We will call you on the number you provided in your application (+62 813 1111 2222).\n\nRegards,\nRina\n+62 812 9999 0000',
  C3: 'Interview telepon Kamis, 10 Desember 2026 jam 10.00. Nomor yang Anda cantumkan di CV: 0813-1111-2222 mohon aktif ya.\n\nSalam,\nRina 0812-9999-0000',
  C5: 'Interview telepon Kamis, 10 Desember 2026 jam 10.00. Kami akan menghubungi Anda di nomor sesuai CV (0813-1111-2222).\n\nSalam,\nRina\n0812-9999-0000',
  C4: 'Interview Kamis, 10 Desember 2026 jam 10.00. Jika ada perubahan nomor di CV Anda, kabari ke nomor di lamaran:\n0812-3456-7890 (Bu Rina)',
  F1: 'Interview on Thursday, 10 December 2026 at 10:00 WIB.\n\nRegards,\nMelissa\nEA Licence No: 16S8123 | EA Personnel Registration No. R1987654',
  F2: 'Interview on Thursday, 10 December 2026 at 10:00 WIB.\n\nRegards,\nMelissa\nEA Lic. No. 16S8123 | Company Reg No. 201912345K',
  F4: 'Interview Kamis, 10 Desember 2026 pukul 10.00 WIB.\n\nSalam,\nPT Outsourcing Jaya\nTerdaftar di Kemnaker RI, Izin Usaha No. KEP.123/PPTK/2020',
  P3: 'Interview Kamis, 10 Desember 2026 pukul 10.00 WIB.\n\nHormat kami,\napt. Dewi Lestari, S.Farm.\nSIPA No. 503/0123/SIPA/DPMPTSP/2024',
  Z1: 'Interview Kamis, 10 Desember 2026 pukul 10.00 WIB (11.00 WITA).\nTempat: Kantor Regional, Jl. Lombok No. 12, Bandung',
  Z2: 'Interview Kamis, 10 Desember 2026 pukul 10.00 WITA (09.00 WIB).\nTempat: RM Padang Sederhana Cabang Panakkukang, Jl. Boulevard No. 3, Makassar',
  Z3: 'Interview on Thursday, 10 December 2026, 10am SGT / 9am WIB.\nVenue: Jakarta Room, Level 12, 1 Raffles Place, Singapore 048616',
  R1: 'Halo kak, boleh info posisi saat ini kakak kerja di mana? Interview Kamis 10 Desember jam 10 ya',
  R2: 'Kami buka lowongan part time untuk akhir tahun. Interview Kamis 10 Desember jam 10 ya',
  R3: 'lamaran kakak untuk posisi admin atau kasir sudah kami terima. Interview Kamis 10 Desember jam 10',
  R4: 'Interview Kamis 10 Desember jam 10.\nHati-hati terhadap lowongan palsu yang meminta biaya.',
  R6: 'Interview Kamis 10 Desember jam 10 ya kak, share posisi aja kalau bingung ya',
  R7: 'kakak sudah melamar lowongan pekerjaan di toko kami, interview Kamis 10 Desember jam 10',
  R10: 'lamaran untuk posisi sbg barista sudah kami terima, interview Kamis 10 Desember jam 10',
  L1: 'Please complete your HireVue interview by Thursday, 10 December 2026.\nFor tips, visit https://www.hirevue.com/candidates/interview-tips',
  L2: 'Selamat, Anda lolos tahap video interview (HireVue: https://app.hirevue.com/l/AbC123). Selanjutnya interview user pada Kamis, 10 Desember 2026 pukul 10.00 WIB bertempat di Gedung Bank Nusantara Lt. 5, Jl. MH Thamrin No. 10, Jakarta.',
  L4: 'Please record your interview by Thursday, 10 December 2026.\nPrivacy: https://www.myinterview.com/privacy-policy',
}

const read = (id: keyof typeof CASES): InvitationInterview => readingOf(CASES[id]).interview

describe('a reply that keeps the place', () => {
  it('reads the quoted invitation, never the reply’s own signature', () => {
    expect(read('V1').location).toBe(
      'Gudang Cikarang PT Maju Bersama, Jl. Industri Selatan 5 Blok C, Cikarang',
    )
  })

  it('not when the place is not the same ("tidak di tempat yang sama", "will not be at the same office")', () => {
    for (const id of ['V2', 'V3'] as const) expect(read(id), id).not.toHaveProperty('location')
  })

  it('"Tempat: sama seperti sebelumnya" is not a venue; the quoted one is', () => {
    expect(read('V4')).toMatchObject({
      mode: 'onsite',
      location: 'Ruko Grand Galaxy Blok RSA No. 12, Bekasi Selatan',
    })
  })

  it('"kirim ke alamat yang sama" in an online interview keeps it online', () => {
    expect(read('V5').mode).toBe('video')
    expect(read('V5')).not.toHaveProperty('location')
  })
})

describe('an address over several lines', () => {
  it('stops at a blank line, a phone number and a sentence', () => {
    expect(read('A1').location).toBe('Kantor PT Sinar Abadi, Jl. Pemuda No. 12, Semarang')
    expect(read('A4').location).toBe('Toko Roti Makmur, Jl. Merdeka No. 5, Kota Bogor 16124')
  })

  it('goes on to a town and postcode, and to "Kelurahan …, Kecamatan …"', () => {
    expect(read('A2').location).toBe(
      'Gedung Cyber 2 Lt. 15, Jl. H.R. Rasuna Said Blok X-5 No. 13, Jakarta Selatan 12950',
    )
    expect(read('A3').location).toBe(
      'Ruko Mutiara Blok B No. 7, Kelurahan Sukajadi, Kecamatan Sukajadi, Kota Bandung 40162',
    )
  })
})

describe('who signs, whose number, whose licence', () => {
  it('a capitalised "Apt." is no part of the name', () => {
    expect(read('P1').contact?.name).toBe('Dewi Lestari')
  })

  it('the candidate’s own number, however the CV or application is named before it, is not the contact’s', () => {
    for (const id of ['C1', 'C2', 'C3', 'C5'] as const)
      expect(read(id).contact?.phone, id).toBe('+6281299990000')
    expect(read('C4').contact?.phone).toBe('+6281234567890')
  })

  it('an agency’s or pharmacist’s licence and registration numbers are not the reference', () => {
    for (const id of ['F1', 'F2', 'F4', 'P3'] as const)
      expect(read(id), id).not.toHaveProperty('referenceNumber')
  })
})

describe('the zone of a venue named after towns', () => {
  it('is the last town of the address, and only switches to one of the zones written', () => {
    expect(read('Z1')).toMatchObject({ timeZone: 'Asia/Jakarta', startsAt: '2026-12-10T03:00:00.000Z' })
    expect(read('Z2')).toMatchObject({ timeZone: 'Asia/Makassar', startsAt: '2026-12-10T02:00:00.000Z' })
    expect(read('Z3')).toMatchObject({ timeZone: 'Asia/Singapore', startsAt: '2026-12-10T02:00:00.000Z' })
  })
})

describe('a role in small letters in a chat', () => {
  it('is a job word after "lowongan" or "posisi", not any word there', () => {
    for (const id of ['R1', 'R2', 'R3', 'R4', 'R6', 'R7'] as const)
      expect(read(id), id).not.toHaveProperty('position')
    expect(read('R10').position).toBe('Barista')
  })
})

describe('a recorded-interview platform', () => {
  it('its tips and privacy pages are no meeting link', () => {
    for (const id of ['L1', 'L4'] as const) expect(read(id), id).not.toHaveProperty('meetingUrl')
  })

  it('its link from an earlier stage does not make an onsite interview a video call', () => {
    expect(read('L2')).toMatchObject({
      mode: 'onsite',
      location: 'Gedung Bank Nusantara Lt. 5, Jl. MH Thamrin No. 10, Jakarta',
    })
    expect(read('L2')).not.toHaveProperty('meetingUrl')
  })
})
