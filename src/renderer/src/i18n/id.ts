import { calendarId } from './id-calendar'
import { errorsId } from './id-errors'
import { formId } from './id-form'
import { invitationsId } from './id-invitations'
import { messagesId } from './id-messages'
import { noticesId } from './id-notices'
import { requestsId } from './id-requests'
import { settingsId } from './id-settings'
import { alertTextsId } from '../../../shared/i18n/alerts-id'
import { validationText } from '../../../shared/validation'
import type { Bundle } from './en'

/** The Indonesian catalog: typed as the English bundle, so a missing or extra key fails to compile. */
export const id: Bundle = {
  ...calendarId,
  ...formId,
  ...settingsId,
  ...noticesId,
  ...alertTextsId,
  ...messagesId,
  ...invitationsId,
  ...requestsId,
  ...errorsId,
  validation: validationText.id,
}
