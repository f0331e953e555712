import type { IcsReason } from '../../shared/ics/reasons'

/** Files larger than this are refused before parsing (an invitation is a few kilobytes). */
export const MAX_ICS_BYTES = 5 * 1024 * 1024

/**
 * Raw .ics bytes → text. Lines are unfolded on the bytes, before decoding: a folded line may split a UTF-8
 * character between its two halves, which decoding each half first would turn into two replacement marks.
 * Bytes that are not UTF-8 (old Outlook and Lotus exports write Latin-1 or Windows-1252) are read with the
 * CHARSET the file names, else as Windows-1252 with a notice that the encoding was guessed.
 */
export function decodeIcs(bytes: Uint8Array): { text: string; notice?: IcsReason } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) }
  const folded = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const unfolded = folded.includes('\n ') || folded.includes('\n\t') ? unfold(bytes) : bytes
  let text: string
  let notice: IcsReason | undefined
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(unfolded)
  } catch {
    const declared = /CHARSET="?([\w-]+)"?/i.exec(Buffer.from(unfolded).toString('latin1'))?.[1]
    const encoding = declared && isSupported(declared) ? declared.toLowerCase() : 'windows-1252'
    text = new TextDecoder(encoding).decode(unfolded)
    if (!declared || !isSupported(declared))
      notice = { code: 'encoding-guessed', params: { encoding: 'Windows-1252' } }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return notice ? { text, notice } : { text }
}

function isSupported(label: string): boolean {
  if (/^utf-?8$/i.test(label)) return false
  try {
    new TextDecoder(label)
    return true
  } catch {
    return false
  }
}

function unfold(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length)
  let length = 0
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i]!
    // CRLF or LF followed by a space or tab is a fold: drop all three (or two).
    if (byte === 0x0d && bytes[i + 1] === 0x0a && (bytes[i + 2] === 0x20 || bytes[i + 2] === 0x09)) {
      i += 2
      continue
    }
    if (byte === 0x0a && (bytes[i + 1] === 0x20 || bytes[i + 1] === 0x09)) {
      i += 1
      continue
    }
    out[length] = byte
    length += 1
  }
  return out.subarray(0, length)
}
