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

/** Cookies are shared by every port of a host, so the name carries the port. */
export const sessionCookieName = (port: number) => `interview-desk-session-${port}`

/**
 * The session cookie handed out once the start-up token was shown (see server.ts): HttpOnly so page
 * scripts never see it, SameSite=Strict so no other site's page sends it, only for the API, and without
 * an expiry, so it ends with the browser session.
 */
export function sessionCookie(port: number, session: string): string {
  return `${sessionCookieName(port)}=${session}; HttpOnly; SameSite=Strict; Path=/api`
}

function cookieValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  for (const part of (headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return undefined
}

export interface Credentials {
  token: string
  /** The secret of this server run's session cookie. */
  session: string
}

/** How a call proved itself: with the start-up token (the cookie is then handed out) or the cookie. */
export type Access = { by: 'token' | 'cookie' }

export function checkApiRequest(
  headers: IncomingHttpHeaders,
  port: number,
  credentials: Credentials,
): Refusal | Access {
  const origin = headers.origin
  if (origin !== undefined && !allowedHosts(port).some((host) => origin === `http://${host}`)) {
    return { status: 403, code: 'FORBIDDEN', message: 'Requests from other sites are refused.' }
  }
  const bearer = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1]
  const cookie = cookieValue(headers, sessionCookieName(port))
  const by =
    bearer !== undefined
      ? sameSecret(bearer, credentials.token) && 'token'
      : cookie !== undefined && sameSecret(cookie, credentials.session) && 'cookie'
  if (!by) {
    return { status: 401, code: 'UNAUTHORIZED', message: 'The access token is missing or wrong.' }
  }
  const type = (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/json') {
    return { status: 415, code: 'BAD_REQUEST', message: 'The request body must be application/json.' }
  }
  return { by }
}

/** Constant-time comparison; hashing first makes both sides the same length. */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(given), digest(expected))
}
