import { shell } from 'electron'
import { isAllowedExternalUrl } from '../shared/externalLinks'

export { isAllowedExternalUrl }

/** The only way the app opens anything outside itself, through the allow-list. */
export async function openExternal(raw: string): Promise<boolean> {
  if (!isAllowedExternalUrl(raw)) return false
  await shell.openExternal(raw)
  return true
}
