/**
 * The links the app may hand to the system: web pages over https (no embedded credentials), mail and
 * phone links. WhatsApp goes through https://wa.me/. Everything else (file:, javascript:, custom
 * schemes) is refused. Shared by the Electron main process and the renderer.
 */
export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol === 'https:') return url.username === '' && url.password === '' && url.hostname !== ''
  return url.protocol === 'mailto:' || url.protocol === 'tel:'
}
