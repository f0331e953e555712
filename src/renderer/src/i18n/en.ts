import { calendarEn } from './en-calendar'
import { errorsEn } from './en-errors'
import { formEn } from './en-form'
import { invitationsEn } from './en-invitations'
import { messagesEn } from './en-messages'
import type { Strings } from '../../../shared/i18n/strings'
import { noticesEn } from './en-notices'
import { requestsEn } from './en-requests'
import { settingsEn } from './en-settings'
import { alertTextsEn } from '../../../shared/i18n/alerts-en'
import { validationText } from '../../../shared/validation'

/** The English catalog: every area's strings in one bundle, the shape the Indonesian one must match. */
export const en = {
  ...calendarEn,
  ...formEn,
  ...settingsEn,
  ...noticesEn,
  ...alertTextsEn,
  ...messagesEn,
  ...invitationsEn,
  ...requestsEn,
  ...errorsEn,
  validation: validationText.en,
}

export type Bundle = Strings<typeof en>
