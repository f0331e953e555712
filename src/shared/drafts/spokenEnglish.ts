/**
 * English said aloud uses contractions ("I'm calling", "I'll confirm by email", "I can't get there") and
 * "I'm sorry for …" in place of the written "I apologise for …":
 * without them a call script sounds read out (review 6, S2). Only the call script and the voicemail pass
 * through here; emails and chats stay uncontracted. A form is contracted only before another word, never
 * at a sentence's end ("Yes, I am." stays).
 */
const CONTRACTIONS: [RegExp, string][] = [
  [/\b([Ww])ill not (?=\w)/g, "$1on't "],
  [/\bcannot\b/g, "can't"],
  [/\b([Dd])o not (?=\w)/g, "$1on't "],
  [/\b([Dd])oes not (?=\w)/g, "$1oesn't "],
  [/\b([Ii])s not (?=\w)/g, "$1sn't "],
  [/\bI am (?=\w)/g, "I'm "],
  [/\bI will (?=\w)/g, "I'll "],
  [/\bI would (?=\w)/g, "I'd "],
  [/\b([Ww])e will (?=\w)/g, "$1e'll "],
  [/\b([Ii])t is (?=\w)/g, "$1t's "],
  [/\b([Tt])hat is (?=\w)/g, "$1hat's "],
  // "I have accepted" → "I've accepted"; "I have another commitment" stays (a possession, not a tense).
  [/\bI have (also )?(?=(?:been|had|got|taken|sent|\w+ed)\b)/g, "I've $1"],
  // "I apologise" is written English; said aloud it sounds read out (review 7, T6).
  [/\bI apologise(?= for\b|,)/g, "I'm sorry"],
]

export function spokenEnglish(text: string): string {
  const contracted = CONTRACTIONS.reduce((out, [from, to]) => out.replace(from, to), text)
  // A bare "I'm unwell." sounds clipped when said: it is softened the way people say it.
  return contracted.replace(/(^|[.?!:]\s|\d\.\s)I'm unwell\b/gm, "$1I'm afraid I'm unwell")
}
