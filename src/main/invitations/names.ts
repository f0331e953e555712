import type { ContactTitle } from '../../shared/model/invitation'

/** A person's name as invitations write it: up to four capitalised words ("Dewi Anggraini", "R. Hartono"). */
export const NAME = "[A-Z][a-zA-Z'.-]+(?:[ \\t]+[A-Z][a-zA-Z'.-]+){0,3}"
export const HONORIFIC =
  '(?:Bapak|Bpk\\.?|Pak|Ibu|Bu|Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Sdri\\.?|Sdr\\.?|Saudari|Saudara|Kak|Mas|Mbak?|' +
  // A school or a pesantren addresses its teachers as "Ustadz" / "Ustadzah", often "Ust." for short.
  'Ustadzah|Ustazah|Ustadz|Ustaz|Ust\\.?|' +
  // Regional ones a chat uses as "Pak" and "Bu": Sundanese "Kang"/"Teh", Betawi and Medan "Bang", Minang
  // "Uda"/"Uni", East Javanese "Cak". ("Ning" is left out: it is a given name as often as a title.)
  'Akang|Kang|Teteh|Teh|Abang|Bang|Uda|Uni|Cak)'
const TITLE_OF: Record<string, ContactTitle | undefined> = {
  bapak: 'mr',
  bpk: 'mr',
  pak: 'mr',
  mr: 'mr',
  sdr: 'mr',
  saudara: 'mr',
  mas: 'mr',
  ibu: 'ms',
  bu: 'ms',
  mrs: 'ms',
  ms: 'ms',
  miss: 'ms',
  sdri: 'ms',
  saudari: 'ms',
  mbak: 'ms',
  mba: 'ms',
  ustadz: 'mr',
  ustaz: 'mr',
  ust: 'mr',
  ustadzah: 'ms',
  ustazah: 'ms',
  akang: 'mr',
  kang: 'mr',
  abang: 'mr',
  bang: 'mr',
  uda: 'mr',
  cak: 'mr',
  teteh: 'ms',
  teh: 'ms',
  uni: 'ms',
}
/**
 * Words that make a capitalised phrase a team, a department, a company or a service rather than a person:
 * a letter signed "Bagian SDM" or "Departemen Kepegawaian" names no one to address, nor "HireVue Support".
 */
export const NOT_A_NAME =
  /\b(?:anda|kamu|kakak|you|saudara|saudari|kami|team|tim|hr|hrd|sdm|personalia|kepegawaian|bagian|biro|departemen|dept|department|divisi|panitia|recruitment|rekrutmen|talent|acquisition|pt|cv|tbk|group|manager|officer|specialist|consultant|recruiter|human|resources|capital|people|culture|calendar|google|microsoft|zoom|jobstreet|glints|kalibrr|linkedin|dealls|hirevue|support|helpdesk|layanan)\b/i

/**
 * Korean "Kang" and "Bang" and Hokkien "Teh" are surnames too: "Kang Dede" is a title and a name, "Kang Min
 * Ho" a full name, kept whole.
 */
const ALSO_A_SURNAME = new Set(['kang', 'bang', 'teh'])

export function splitHonorific(raw: string): { name: string; title?: ContactTitle } {
  const match = new RegExp(`^${HONORIFIC}\\s+(.+)$`, 'i').exec(raw.trim())
  if (!match) return { name: raw.trim() }
  const word = raw.trim().split(/\s+/)[0]!.replace(/\.$/, '').toLowerCase()
  if (ALSO_A_SURNAME.has(word) && /\s/.test(match[1]!.trim())) return { name: raw.trim() }
  const title = TITLE_OF[word]
  return { name: match[1]!.trim(), ...(title ? { title } : {}) }
}

/** "Sdri. Putri" and "Putri Rahayu" are one person: the two share a name. */
export function samePerson(one: string, other: string): boolean {
  const words = (name: string) => name.toLowerCase().match(/[a-z]{3,}/g) ?? []
  const others = new Set(words(other))
  return words(one).some((word) => others.has(word))
}
