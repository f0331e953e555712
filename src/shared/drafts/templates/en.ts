import type { ReasonCategory } from '../types'
import { letterWith, type LetterContext, type LetterParts } from './context'

const REASONS: Record<ReasonCategory, string> = {
  illness: 'I am unwell',
  'family-emergency': 'a family emergency requires my attention',
  'schedule-conflict': 'I have a commitment at that time that I cannot move',
  'other-offer': 'I have accepted another offer',
  unforeseen: 'an unforeseen problem has come up',
  personal: 'of personal circumstances',
  'not-a-fit': 'after careful thought, I believe the role is not the right fit for me at this time',
  preparation: 'I would like a little more time to prepare properly',
}

function reason(context: LetterContext): string {
  const phrase = context.reasonCategory ? REASONS[context.reasonCategory] : 'an unexpected matter has come up'
  const joined = context.reasonCategory === 'personal' ? `because ${phrase}` : `as ${phrase}`
  return context.reasonDetail ? `${joined} (${context.reasonDetail})` : joined
}

function apology(context: LetterContext): string {
  if (context.notice === 'late')
    return 'I sincerely apologise for such short notice and for the inconvenience this causes.'
  if (context.notice === 'short')
    return 'I apologise for the short notice and for any inconvenience this causes.'
  return 'I apologise for any inconvenience.'
}

const interviewPhrase = (c: LetterContext) => `my interview for the ${c.position} position on ${c.when}`

export function englishLetter(c: LetterContext): LetterParts {
  const contact = [c.userPhone, c.userEmail].filter(Boolean).join(' or ')
  const daypart = c.hour < 12 ? 'Good morning' : c.hour < 18 ? 'Good afternoon' : 'Good evening'
  const parts = letterWith({
    greeting: c.contactName ? `Dear ${c.contactName},` : `Dear ${c.company} Hiring Team,`,
    opening: `My name is ${c.userName}, and I am ${c.channel === 'phone' ? 'calling' : 'writing'} about ${interviewPhrase(c)}${c.where ? `, ${c.where}` : ''}.`,
    reference: c.reference && `For your reference, the invitation number is ${c.reference}.`,
    reach: contact && `You can reach me at ${contact}.`,
    signOff: 'Kind regards,',
    callGreeting: `${daypart}${c.contactName ? `, ${c.contactName}` : ''}.`,
  })
  switch (c.kind) {
    case 'cancel':
      return parts(
        `Cancellation of interview — ${c.position}`,
        [`Unfortunately, I must cancel this interview ${reason(c)}.`, apology(c)],
        'Thank you for your time and for considering my application.',
        `I would be glad to stay in touch about future opportunities at ${c.company}.`,
      )
    case 'reschedule':
      return parts(
        `Request to reschedule interview — ${c.position}`,
        [
          `I would like to ask whether the interview could be moved to another time, ${reason(c)}.`,
          apology(c),
          'I am still very interested in the position. Would one of these times suit you?',
        ],
        'Thank you for your understanding and flexibility.',
        'If none of these works, I will gladly fit in with a time that suits you.',
        c.alternatives,
      )
    case 'decline':
      return parts(
        `Interview invitation — ${c.position}`,
        [
          `After careful consideration, I must respectfully decline the invitation ${reason(c)}.`,
          `I appreciated learning about ${c.company} and the work of your team.`,
        ],
        'Thank you for inviting me and for considering my application.',
        `I would welcome the chance to be considered for future openings at ${c.company}.`,
      )
    case 'confirm':
      return parts(
        `Interview confirmation — ${c.position}`,
        ['I am pleased to confirm that I will attend the interview as scheduled.'],
        'Thank you for the invitation; I look forward to meeting you.',
        'Please let me know if there is anything I should bring or prepare.',
      )
    case 'thanks':
      return parts(
        `Thank you — ${c.position} interview`,
        [
          `Thank you for speaking with me about the ${c.position} position.`,
          `I enjoyed learning more about ${c.company}, and our conversation confirmed my interest in the role.`,
        ],
        'Thank you again for your time and consideration.',
        'I look forward to hearing about the next steps.',
      )
    case 'apology':
      return parts(
        `Apology for the missed interview — ${c.position}`,
        [
          `I sincerely apologise for missing ${interviewPhrase(c)}${c.reasonCategory ? `, ${reason(c)}` : ''}.`,
          'I understand that this cost you time, and I regret it.',
          'If it is still possible, I would be grateful for the chance to reschedule; I will understand if it is not.',
        ],
        'Thank you for your patience and understanding.',
        `I hope to have the opportunity to speak with ${c.company} again.`,
      )
    case 'reschedule-refused':
      return parts(
        `Re: interview — ${c.position}`,
        [
          'Thank you for considering my request to reschedule; I understand that it is not possible this time.',
          'I remain very interested in the position. Would a phone or video interview be an option instead?',
        ],
        'Thank you for your time and consideration.',
        `Either way, I hope we can stay in touch about future opportunities at ${c.company}.`,
      )
    case 'chase':
      return parts(
        `Following up on my reschedule request — ${c.position}`,
        [
          `I am following up on my request to move ${interviewPhrase(c)}.`,
          'Could you let me know whether one of the times I proposed suits you?',
        ],
        'Thank you for your time.',
        'If another time is easier for you, I will gladly adjust.',
        c.alternatives,
      )
  }
}
