import { shell } from 'electron'

/**
 * The only way the app opens anything outside itself. Web links over https, mail and phone links;
 * WhatsApp goes through https://wa.me/. Everything else (file:, javascript:, custom schemes) is refused.
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

export async function openExternal(raw: string): Promise<boolean> {
  if (!isAllowedExternalUrl(raw)) return false
  await shell.openExternal(raw)
  return true
}
