/**
 * A legal form or an obviously corporate word: how a company is told apart from a role in a title. A
 * hospital, a clinic or a university is an employer with no legal form ("Perawat - RS Mitra Husada").
 */
export const COMPANY_FORM =
  /^(?:PT|CV|UD|Bank|Yayasan|Koperasi|RS|Rumah Sakit|Klinik|Universitas)\b|\b(?:Tbk|Inc|Ltd|LLC|LLP|Group|Corp|Corporation|Company|Partners|GmbH|Pte|Persero|Sdn\.? Bhd)\b\.?/i

/**
 * Words that name a job, in English and Indonesian, or end as job names do ("Pharmacist", "Engineer",
 * "Operator", "Manager", "Bookkeeper"): how a title's role is told apart from a brand with no legal form.
 */
const ROLE_WORD =
  /\b(?:manager|manajer|officer|engineer|analyst|analis|accountant|akuntan|associate|producer|intern|internship|magang|developer|programmer|designer|desainer|specialist|spesialis|consultant|konsultan|coordinator|koordinator|executive|eksekutif|assistant|asisten|admin|administrasi|staff|staf|lead|leader|head|kepala|director|direktur|supervisor|spv|representative|clerk|nurse|perawat|bidan|teacher|guru|dosen|lecturer|tutor|trainee|programme|program|graduate|writer|copywriter|editor|architect|arsitek|scientist|researcher|peneliti|technician|teknisi|operator|driver|sopir|supir|kurir|courier|cashier|kasir|barista|chef|cook|koki|waiter|waitress|pelayan|sales|marketing|telemarketing|teller|owner|attendant|penulis|pengajar|fisioterapis|entry|control|quality|finance|auditor|lawyer|counsel|paralegal|secretary|sekretaris|receptionist|resepsionis|agent|agen|advisor|adviser|planner|buyer|merchandiser|recruiter|strategist|dokter|doctor|apoteker|pharmacist|psikolog|psychologist|juru|petugas|pegawai|karyawan|tenaga|pelaksana|pengawas|penyiar|mandor|helper|satpam|security|crew|kru|cleaner|mekanik|mechanic|montir|surveyor|drafter|instruktur|instructor|trainer|host|customer|spg|spb|checker|picker|packer|collector|kolektor|fotografer|photographer|videografer|videographer)\b|\w(?:ist|eer|ator|ager|keeper|tender)\b/i
/** A title's part that names a job (`ROLE_WORD`), or is too long to be a brand's name. */
export const namesARole = (part: string) => ROLE_WORD.test(part) || part.trim().split(/\s+/).length > 3

/** Towns a job is in, written in brackets after its title: "Senior Accountant (Jakarta)" — no part of its name. */
export const JOB_TOWNS =
  'Jakarta|Bandung|Bekasi|Bogor|Depok|Tangerang|Cikarang|Karawang|Surabaya|Semarang|Solo|Yogyakarta|Medan|Pekanbaru|Makassar|Manado|Balikpapan|Samarinda|Bali|Denpasar|Batam|Palembang|Malang|Singapore|Kuala Lumpur|KL|Petaling Jaya|Penang|Johor Bahru'
const TOWN_ALONE = new RegExp(`^(?:${JOB_TOWNS})$`, 'i')
const TOWN_IN_BRACKETS = new RegExp(`\\s*\\((?:${JOB_TOWNS})\\)\\s*$`, 'i')

/** A subject's request rather than a role: "Action Required", "Mohon Konfirmasi Kehadiran". */
export const ASKS =
  /\b(?:required|action|response|reply|reminder|update|important|urgent|confirm|confirmation|mohon|konfirmasi|pengingat|penting|segera|balas)\b/i
/**
 * What else stands where a role could: the day, the medium, the round, the invitation itself ("Interview Kamis
 * tgl 3/12", "interview Zoom besok", "Interview Ke-2 hari Senin").
 */
export const WHEN_OR_HOW =
  /\b(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday|hari|besok|lusa|today|tomorrow|via|online|offline|daring|luring|zoom|meet|gmeet|teams|video|call|telepon|phone|invitation|undangan|jadwal|schedule|sesi|session|kerja|langsung|lanjutan|ulang|pertama|kedua|ketiga|ke-?\d+)\b/i

/** Tags a mail or portal puts before a subject: "[Invitation]", "[Glints]", "RE:", "Fwd:". */
const SUBJECT_TAGS = /^(?:\s*(?:\[[^\]\n]{1,30}\]|(?:re|fwd?|fw)\s*:))+\s*/i

/**
 * Words that name the invitation or its stage, never the role ("Interview User", "Wawancara HR"), one or two of
 * them: "Interview Invitation - …", "Interview Confirmation – …", "Undangan Wawancara: …".
 */
const INVITATION_WORD =
  /^(?:undangan\s+)?(?:(?:interview|wawancara|undangan|invitation|invite|panggilan|confirmation|konfirmasi)\b(?:\s*[:–—-]\s+|\s*:|\s+|$)){1,2}/i
/** A reference in brackets after the title: "(Ref: GSCP-ID-0391)", "(No. 123/HR)". */
const REFERENCE_IN_BRACKETS = /\s*\((?:ref(?:erence)?|no|nomor)\b\.?[^()]*\)/gi
/**
 * A round of the selection, never the role: "Interview User", "Tahap 2", "Tahapan Seleksi Lanjutan"; or the
 * kind of interview: "Video Interview Invitation", "HireVue Digital Interview", "Undangan Interview Video" (whose
 * "Video" is left alone once the invitation's words are taken off).
 */
export const STAGE =
  /^(?:(?:interview|wawancara)\s+)?(?:user|hr|hrd|final|teknis|technical|panel|online|offline|tahap\s+\w+|(?:tahap(?:an)?\s+)?seleksi(?:\s+(?:lanjutan|berikutnya|selanjutnya|akhir))?|\w+\s+round|phone\s+screen(?:ing)?|screening|psikotes|tes\s+tertulis|assessment|walk[- ]in|onsite|on-site|in-person|tatap muka)(?:\s+(?:interview|wawancara))?$|^(?:(?:(?:invitation\s+)?to|undangan)\s+)?(?:(?:online|hirevue|spark\s+hire|vidcruiter|myinterview|willo)\s+)?(?:(?:digital|video(?:\s+call)?|(?:pre-)?recorded|one-way)\s+)?(?:interview|wawancara)(?:\s+(?:invitation|video|online))?$|^video$/i
/** A part made of stage words alone: "Psikotes Online & Interview HR", "Tahap 2 (User)". */
const STAGE_ONLY =
  /^(?:(?:psikotes|psikotest|psychotest|online|offline|interview|wawancara|user|hr|hrd|final|tes|test|tertulis|written|tahap|tahapan|round|ke-?\d+|\d+|&|\+|dan|and|\((?:user|hr|hrd|final|online|offline)\))(?:\s+|$))+$/i
const isStage = (part: string) => STAGE.test(part.trim()) || STAGE_ONLY.test(part.trim())
/** A bracketed person's name after a role, "(Budi Santoso)": the candidate or interviewer, not the role. */
const PERSON_IN_BRACKETS = /\s*\((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){1,3}\)\s*/g
const NOT_A_PERSON = /^\((?:Remote|Contract|Kontrak|Intern|Magang|Full Time|Part Time|Hybrid|Freelance)\b/i

function cleanPosition(value: string): string {
  // Both bracket rules need a bracket; a .ics import cleans a title per event, most of them with none.
  const unbracketed = value.includes('(')
    ? value
        .replace(PERSON_IN_BRACKETS, (match) => (NOT_A_PERSON.test(match.trim()) ? match : ' '))
        .replace(TOWN_IN_BRACKETS, '')
    : value
  return unbracketed.replace(/\s+/g, ' ').trim()
}

/**
 * Company and position from a title such as "Data Analyst at PT Nusantara", "PT Nusantara - Data Analyst"
 * or "Interview User - Product Analyst (Budi Santoso) - PT Toko Maju Digital".
 */
export function splitSummary(summary: string, organizer?: string): { company: string; position: string } {
  const untagged = summary.replace(SUBJECT_TAGS, '').replace(REFERENCE_IN_BRACKETS, '').trim() || summary
  const cleaned = untagged.replace(INVITATION_WORD, '').trim() || untagged
  // "Interview Kasir - Toko Roti Mentari": the invitation's word runs straight into the role, the company after.
  const lead = INVITATION_WORD.exec(untagged)?.[0]
  const roleFirst = lead !== undefined && /\s$/.test(lead) && !/[:–—-]/.test(lead)
  const withCompany = /^(?:with|dengan)\s+(.+)$/i.exec(cleaned)
  if (withCompany) return { company: withCompany[1]!, position: summary }
  const atCompany = /^(.+?)\s+(?:at|@|di)\s+(.+)$/i.exec(cleaned)
  if (atCompany) {
    // "Onsite interview at Kopiloka – Growth Marketing Lead": a stage before "at", the role after the company.
    const [company, ...role] = atCompany[2]!.split(/\s+[-–—|]\s+/)
    if (STAGE.test(atCompany[1]!.trim()) && role.length > 0)
      return { company: company!, position: cleanPosition(role.join(' - ')) }
    return { position: cleanPosition(atCompany[1]!), company: atCompany[2]! }
  }
  const split = cleaned.split(/\s+[-–—|]\s+|:\s+/).filter((part) => part.trim())
  // A part that is only a town is where the job is, neither the company nor the role ("Store Manager – Surabaya").
  const parts = split.filter((part) => !TOWN_ALONE.test(part.trim()))
  if (parts.length === 1 && split.length > 1)
    return { company: organizer ?? '', position: cleanPosition(parts[0]!) }
  if (parts.length >= 2) {
    // "Company - Position" is the usual order; a part with a legal form is the company wherever it stands.
    let at = parts.findIndex((part) => COMPANY_FORM.test(part))
    if (at < 0) {
      const roles = parts.filter((part) => !isStage(part))
      // "Interview Tahap 2 (User) – Supervisor Produksi": a stage and a role, no company named.
      if (roles.length === 1) return { company: organizer ?? '', position: cleanPosition(roles[0]!) }
      // So is the one part that names no job beside one that does ("Senior Accountant | Lee & Partners").
      const brands = roles.filter((part) => !namesARole(part))
      const brand = brands.length === 1 && roles.length > 1 ? parts.indexOf(brands[0]!) : -1
      at = brand >= 0 ? brand : roleFirst ? parts.length - 1 : 0
    }
    const rest = parts.filter((_, index) => index !== at)
    const named = rest.length > 1 ? rest.filter((part) => !isStage(part)) : rest
    return { company: parts[at]!, position: cleanPosition((named.length ? named : rest).join(' - ')) }
  }
  return { company: organizer ?? cleaned, position: cleanPosition(summary) }
}

/** What a title says after the invitation's words and a colon or a dash, when that is one part. */
function titleRest(summary: string): string | undefined {
  const untagged = summary.replace(SUBJECT_TAGS, '').replace(REFERENCE_IN_BRACKETS, '').trim()
  const lead = INVITATION_WORD.exec(untagged)?.[0]
  if (!lead || !/[:–—-]/.test(lead)) return undefined
  const rest = cleanPosition(untagged.slice(lead.length))
  return rest && !/\s[-–—|]\s|:\s/.test(rest) && !STAGE.test(rest) ? rest : undefined
}

/**
 * The role a title names on its own after the invitation's words: "Interview Confirmation – Graduate Supply
 * Chain Programme 2027", with no company beside it to split from. Undefined when nothing but those words, a
 * stage or a company is left.
 */
export function roleOfTitle(summary: string): string | undefined {
  const rest = titleRest(summary)
  return rest && !COMPANY_FORM.test(rest) ? rest : undefined
}

/**
 * What may be the employer's name alone after the invitation's words: a short name that is no job, no day and
 * no request ("Interview Invitation: Tokopedia", not "Interview Invitation: Action Required"). Whether it is
 * one only the message can tell (`companyOf` takes it when the message names the role elsewhere).
 */
export function brandOfTitle(summary: string): string | undefined {
  const rest = titleRest(summary)
  return rest && !namesARole(rest) && !WHEN_OR_HOW.test(rest) && !ASKS.test(rest) && !/\d/.test(rest)
    ? rest
    : undefined
}
