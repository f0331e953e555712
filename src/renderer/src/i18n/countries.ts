/** A country's name (ISO 3166 code) in the UI's language, as the platform writes it; the code when it has none. */
export function countryNames(language: string): (code: string) => string {
  const names = new Intl.DisplayNames([language], { type: 'region' })
  return (code) => names.of(code) ?? code
}
