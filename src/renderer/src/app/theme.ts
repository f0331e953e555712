import type { Theme } from '../../../shared/model/settings'

const systemDark = () => window.matchMedia?.('(prefers-color-scheme: dark)')

/**
 * Puts the theme on the document (`data-theme`, which styles.css keys on). With "system" it follows the
 * operating system, also when that changes while the app is open. Returns the function that stops following.
 */
export function applyTheme(theme: Theme): () => void {
  const root = document.documentElement
  const query = systemDark()
  const apply = () => {
    root.dataset.theme = theme === 'system' ? (query?.matches ? 'dark' : 'light') : theme
  }
  apply()
  if (theme !== 'system' || !query) return () => undefined
  query.addEventListener('change', apply)
  return () => query.removeEventListener('change', apply)
}
