import { join } from 'node:path'
import { it } from 'vitest'
import { startBackend } from '../../src/main/backend'
import { readInvitation } from '../../src/main/invitations/read'
import { tempDir } from '../helpers/temp'
import { median, ms } from './measure'

/** A typical invitation email: greeting, details block, reference, reply deadline, signature. */
const EMAIL = `Yth. Saudara Andi Pratama,

Terima kasih atas lamaran Anda untuk posisi Data Analyst di PT Nusantara Data Raya. Kami mengundang Anda untuk mengikuti wawancara pada:

Hari/Tanggal : Senin, 7 Desember 2026
Waktu        : 10.00 - 11.00 WIB
Tempat       : Menara Sudirman Lt. 12, Jl. Jend. Sudirman Kav. 60, Jakarta Selatan
No. Referensi: NDR/HR/2026/0412

Apabila berhalangan hadir, interview dapat dilakukan melalui Zoom sebagai cadangan: https://zoom.us/j/99887766554 (Passcode: 735102).
Mohon konfirmasi kehadiran paling lambat Kamis, 3 Desember 2026 dengan membalas email ini.

Hormat kami,
Ibu Rina Kartika
HR Recruiter
PT Nusantara Data Raya
rina.kartika@nusantaradata.co.id
0812-5555-6666`

const RUNS = 101

it('invitations/parse on a typical email: the whole channel (worker included) and the reader alone', async () => {
  const backend = await startBackend({
    dbFile: join(tempDir(), 'bench-invitations.sqlite3'),
    system: { language: 'en', timeZone: 'Asia/Jakarta' },
  })
  const input = { text: EMAIL, now: '2026-11-30T02:00:00.000Z' }
  const once = async () => {
    const result = await backend.registry.dispatch('invitations/parse', input)
    if (!result.ok) throw new Error(result.error.message)
  }
  for (let i = 0; i < 10; i += 1) await once()
  const times: number[] = []
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now()
    await once()
    times.push(performance.now() - start)
  }
  backend.stop()
  times.sort((a, b) => a - b)
  const channel = times[Math.floor(times.length / 2)]!
  const p90 = times[Math.floor(times.length * 0.9)]!
  const reader = median(RUNS, () =>
    readInvitation({ text: EMAIL }, { now: Date.parse(input.now), timeZone: 'Asia/Jakarta' }),
  )
  console.log(
    [
      `invitations/parse on a typical email (${EMAIL.length} characters), ms over ${RUNS} runs — target ≤ 20 ms median`,
      `  channel (validation + worker + reading + match)  median ${ms(channel)}   p90 ${ms(p90)}`,
      `  reader alone (in process)                        median ${ms(reader)}`,
    ].join('\n'),
  )
}, 120_000)
