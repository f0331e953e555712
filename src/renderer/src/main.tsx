import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { App } from './app/App'
import { startBoot } from './app/boot'
import { applyTheme } from './app/theme'
import { i18n } from './i18n'
import './styles.css'

// The system's light or dark until the settings say otherwise (also on the recovery screen).
applyTheme('system')
// The database's status and the settings are asked for now, while React draws its first frame.
startBoot()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
)
