import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import { gzip, gzipSync } from 'node:zlib'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import type { AddressInfo } from 'node:net'
import { MAX_REQUEST_BYTES } from '../../shared/model/limits'
import type { Registry } from '../registry'
import { checkApiRequest, checkHost, sessionCookie, type Credentials, type Refusal } from './guards'

export interface WebServerOptions {
  registry: Registry
  /** The built renderer (out/renderer). */
  rendererDir: string
  token: string
  /** 0 picks a free port. */
  port: number
  /** Where failures are logged; rate-limited by the caller so a flood of bad requests cannot fill the disk. */
  log?: (message: string, error: unknown) => void
}

export interface WebServer {
  port: number
  url: string
  close: () => Promise<void>
}

/** Larger than any interview payload; .ics imports (base64) arrive later and stay well under it. */
export const MAX_BODY_BYTES = MAX_REQUEST_BYTES
const gzipAsync = promisify(gzip)
/** An oversized body is read and dropped up to this much, so the client gets its 413 before the socket closes. */
const DRAIN_LIMIT_BYTES = 8 * MAX_BODY_BYTES

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

/**
 * Browser mode: the built renderer and `POST /api/<channel>` on 127.0.0.1 only. Transport and nothing
 * else: every call goes to the same Registry the Electron IPC serves.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  let port = options.port
  const log = options.log ?? console.error
  // A fresh session secret per run: a cookie from an earlier run (or another port) opens nothing.
  const credentials: Credentials = { token: options.token, session: randomBytes(32).toString('base64url') }
  const server: Server = createServer((request, response) => {
    handle(request, response, { ...options, port }, credentials).catch((error: unknown) => {
      log('Browser-mode request failed', error)
      if (!response.headersSent)
        send(response, 500, { ok: false, error: { code: 'INTERNAL', message: 'Internal error.' } })
      else response.destroy()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    port,
    url: `http://127.0.0.1:${port}/#token=${options.token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  options: WebServerOptions,
  credentials: Credentials,
): Promise<void> {
  const hostRefusal = checkHost(request.headers, options.port)
  if (hostRefusal) return refuse(response, hostRefusal)
  const path = decodePath(request.url ?? '/')
  if (path === undefined) {
    return refuse(response, { status: 400, code: 'BAD_REQUEST', message: 'The address is malformed.' })
  }
  if (path.startsWith('/api/')) {
    if (request.method !== 'POST') {
      return refuse(response, { status: 405, code: 'BAD_REQUEST', message: 'API calls use POST.' })
    }
    const access = checkApiRequest(request.headers, options.port, credentials)
    if ('status' in access) return refuse(response, access)
    const body = await readBody(request)
    if (body === undefined) {
      // The connection is closed after the answer: the rest of an oversized body is not worth reading.
      response.setHeader('Connection', 'close')
      return refuse(response, {
        status: 413,
        code: 'TOO_LARGE',
        message: `The request is too large (limit ${MAX_BODY_BYTES / 1024 / 1024} MB).`,
      })
    }
    let input: unknown
    try {
      input = body.length === 0 ? {} : JSON.parse(body)
    } catch {
      return refuse(response, {
        status: 400,
        code: 'BAD_REQUEST',
        message: 'The request body is not valid JSON.',
      })
    }
    const result = await options.registry.dispatch(path.slice('/api/'.length), input)
    // Once the page has shown the token, a session cookie lets a reload or a bookmark in this browser
    // session reach the app without the token in the address.
    const cookie: Record<string, string> =
      access.by === 'token' ? { 'Set-Cookie': sessionCookie(options.port, credentials.session) } : {}
    const status = !result.ok && result.error.code === 'UNKNOWN_CHANNEL' ? 404 : 200
    return sendAnswer(request, response, status, result, cookie)
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return refuse(response, { status: 405, code: 'BAD_REQUEST', message: 'Only GET is served here.' })
  }
  return serveStatic(response, options.rendererDir, path, request.method === 'HEAD')
}

async function serveStatic(
  response: ServerResponse,
  root: string,
  path: string,
  headOnly: boolean,
): Promise<void> {
  const relative = normalize(path === '/' ? '/index.html' : path).replace(/^[/\\]+/, '')
  const file = join(root, relative)
  if (relative.startsWith('..') || !file.startsWith(root + sep)) return notFound(response)
  let content: Buffer
  try {
    content = await readFile(file)
  } catch {
    return notFound(response)
  }
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': relative === 'index.html' ? 'no-store' : 'max-age=31536000, immutable',
  })
  response.end(headOnly ? undefined : content)
}

/** The decoded path of a request target, or undefined when it is not valid percent-encoding. */
function decodePath(target: string): string | undefined {
  try {
    return decodeURIComponent(new URL(target, 'http://127.0.0.1').pathname)
  } catch {
    return undefined
  }
}

/**
 * The body as text, or undefined when it is over the limit. An oversized body is drained (up to a bound)
 * rather than cut off: a reset socket would reach the client as "no answer" instead of a 413.
 */
function readBody(request: IncomingMessage): Promise<string | undefined> {
  const declared = Number(request.headers['content-length'] ?? 0)
  if (declared > DRAIN_LIMIT_BYTES) return Promise.resolve(undefined)
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > DRAIN_LIMIT_BYTES) {
        request.pause()
        resolve(undefined)
      } else if (size <= MAX_BODY_BYTES) chunks.push(chunk)
    })
    request.on('end', () =>
      resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')),
    )
    request.on('error', reject)
  })
}

function refuse(response: ServerResponse, refusal: Refusal): void {
  send(response, refusal.status, { ok: false, error: { code: refusal.code, message: refusal.message } })
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
  response.end('Not found')
}

/** Answers smaller than this go as they are: compressing them saves less than the header costs. */
const COMPRESS_FROM_BYTES = 1024
/**
 * Answers up to this size are compressed in line, in a few milliseconds at level 1 (a month's interviews,
 * ~190 KB of JSON at 10 000 stored, in about 2 ms). Handed to the thread pool instead, an answer waits for
 * the event loop to come back for it, behind whatever request came in meanwhile: the calendar's month,
 * asked for first at start-up, was sent after the alerts asked for just after it. Larger answers (an export
 * of the whole calendar) are still compressed off the event loop.
 */
const COMPRESS_IN_LINE_BYTES = 512 * 1024

/**
 * An API answer, gzipped when the page accepts it and it is worth it: the alerts after a change (~300 KB
 * of JSON at 10 000 interviews) travel as a tenth of that, at a fast level.
 */
async function sendAnswer(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  body: unknown,
  extraHeaders: Record<string, string>,
): Promise<void> {
  const text = JSON.stringify(body)
  const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
  if (!accepts || text.length < COMPRESS_FROM_BYTES) return send(response, status, body, extraHeaders, text)
  const packed =
    text.length <= COMPRESS_IN_LINE_BYTES ? gzipSync(text, { level: 1 }) : await gzipAsync(text, { level: 1 })
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    ...extraHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Encoding': 'gzip',
    Vary: 'Accept-Encoding',
    'Cache-Control': 'no-store',
  })
  response.end(packed)
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  extraHeaders: Record<string, string> = {},
  text: string = JSON.stringify(body),
): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    ...extraHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  })
  response.end(text)
}
