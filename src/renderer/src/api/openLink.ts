import { isAllowedExternalUrl } from '../../../shared/externalLinks'

/**
 * Hands an allowed link to the system. In Electron, window.open reaches main's window-open handler, which
 * opens it through the allow-list and denies the window; in a browser, web links open in a new tab and
 * mail/phone links go to their handler without leaving the page.
 */
export function openLink(url: string): boolean {
  if (!isAllowedExternalUrl(url)) return false
  if (window.api || url.startsWith('https:')) window.open(url, '_blank', 'noopener,noreferrer')
  else window.location.assign(url)
  return true
}
