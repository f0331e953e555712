/** Files larger than this are refused before parsing (an invitation is a few kilobytes). */
export const MAX_ICS_BYTES = 5 * 1024 * 1024

/**
 * Raw .ics bytes → text. Lines are unfolded on the bytes, before decoding: a folded line may split a UTF-8
 * character between its two halves, which decoding each half first would turn into two replacement marks.
 */
export function decodeIcs(bytes: Uint8Array): string {
  const folded = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const unfolded = folded.includes('\n ') || folded.includes('\n\t') ? unfold(bytes) : bytes
  const text = new TextDecoder('utf-8').decode(unfolded)
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
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
