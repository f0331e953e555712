/** Legal forms written before the name (Indonesian): PT, CV, UD, Fa, PD, and state-owned Perum/Persero. */
const BEFORE = /^(?:PT|CV|UD|Fa|PD|Perum)\.?\s+/i
/** … and after it: Tbk (listed), (Persero), and the usual foreign ones. */
const AFTER =
  /(?:[\s,]+(?:Tbk|\(Persero\)|Persero|Pte\.?\s*Ltd|Ltd|Inc|LLC|GmbH|Sdn\.?\s*Bhd|Co\.?,?\s*Ltd|Corp|B\.?V)\.?)+$/i

/**
 * The distinctive part of a company's name for narrow calendar labels: "PT Nusantara Data Raya Tbk" →
 * "Nusantara Data Raya", "CV. Kopi Kita" → "Kopi Kita". The full name stays in the tooltip and in the
 * spoken name. A name that is nothing but a legal form is kept whole.
 */
export function shortCompanyName(company: string): string {
  const short = company.trim().replace(BEFORE, '').replace(AFTER, '').trim()
  return short === '' ? company.trim() : short
}
