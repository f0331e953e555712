import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

export type Refusal = {
  status: number
  code: 'UNAUTHORIZED' | 'FORBIDDEN' | 'BAD_REQUEST' | 'TOO_LARGE'
  message: string
}

/** Host names the server answers to; anything else (DNS rebinding) is refused. */
export const allowedHosts = (port: number) => [`127.0.0.1:${port}`, `localhost:${port}`]

export function checkHost(headers: IncomingHttpHeaders, port: number): Refusal | undefined {
  if (allowedHosts(port).includes(headers.host ?? '')) return undefined
  return { status: 403, code: 'FORBIDDEN', message: 'This server answers only on 127.0.0.1 and localhost.' }
}

export function checkApiRequest(
  headers: IncomingHttpHeaders,
  port: number,
  token: string,
): Refusal | undefined {
  const origin = headers.origin
  if (origin !== undefined && !allowedHosts(port).some((host) => origin === `http://${host}`)) {
    return { status: 403, code: 'FORBIDDEN', message: 'Requests from other sites are refused.' }
  }
  const match = /^Bearer (.+)$/.exec(headers.authorization ?? '')
  if (!match || !sameSecret(match[1] ?? '', token)) {
    return { status: 401, code: 'UNAUTHORIZED', message: 'The access token is missing or wrong.' }
  }
  const type = (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/json') {
    return { status: 415, code: 'BAD_REQUEST', message: 'The request body must be application/json.' }
  }
  return undefined
}

/** Constant-time comparison; hashing first makes both sides the same length. */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(given), digest(expected))
}
