import { calendarEn } from './en-calendar'
import { errorsEn } from './en-errors'
import { formEn } from './en-form'
import { invitationsEn } from './en-invitations'
import { messagesEn, type Strings } from './en-messages'
import { noticesEn } from './en-notices'
import { requestsEn } from './en-requests'
import { settingsEn } from './en-settings'
import { validationText } from '../../../shared/validation'

/** The English catalog: every area's strings in one bundle, the shape the Indonesian one must match. */
export const en = {
  ...calendarEn,
  ...formEn,
  ...settingsEn,
  ...noticesEn,
  ...messagesEn,
  ...invitationsEn,
  ...requestsEn,
  ...errorsEn,
  validation: validationText.en,
}

export type Bundle = Strings<typeof en>
