import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startBackend, type Backend } from '../../src/main/backend'
import { sameSecret } from '../../src/main/web/guards'
import { startWebServer, type WebServer, MAX_BODY_BYTES } from '../../src/main/web/server'
import { MAX_REQUEST_BYTES } from '../../src/shared/model/limits'
import { fixedNow, interviewInput, tempDir } from '../helpers/temp'

const TOKEN = 'test-token-0123456789abcdef'
const running: { backend: Backend; server: WebServer }[] = []

afterEach(async () => {
  for (const { backend, server } of running.splice(0)) {
    await server.close()
    backend.stop()
  }
})

async function serve() {
  const dir = tempDir()
  const backend = await startBackend({
    dbFile: join(dir, 'db.sqlite3'),
    system: { language: 'en', timeZone: 'UTC' },
    now: fixedNow(),
  })
  const rendererDir = join(__dirname, 'fixtures-renderer')
  const server = await startWebServer({ registry: backend.registry, rendererDir, token: TOKEN, port: 0 })
  running.push({ backend, server })
  return { backend, server, port: server.port }
}

/** A raw HTTP request, so Host and Origin can be set to anything (fetch forbids that). */
function raw(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'POST',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const good = (port: number) => ({
  Host: `127.0.0.1:${port}`,
  Authorization: `Bearer ${TOKEN}`,
  'Content-Type': 'application/json',
})

describe('browser mode over real HTTP', () => {
  it('serves a channel with the right token', async () => {
    const { port } = await serve()
    const res = await raw(port, {
      path: '/api/interviews/create',
      headers: good(port),
      body: JSON.stringify(interviewInput()),
    })
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { company: 'PT Nusantara Data Raya' } })
  })

  it('listens on 127.0.0.1 only', async () => {
    const { server } = await serve()
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=/)
  })

  it.each([
    ['no token', (h: Record<string, string>) => ({ ...h, Authorization: '' }), 401, 'UNAUTHORIZED'],
    [
      'a wrong token',
      (h: Record<string, string>) => ({ ...h, Authorization: 'Bearer nope-nope-nope-nope' }),
      401,
      'UNAUTHORIZED',
    ],
    [
      'a token of another scheme',
      (h: Record<string, string>) => ({ ...h, Authorization: `Basic ${TOKEN}` }),
      401,
      'UNAUTHORIZED',
    ],
    ['a foreign Host', (h: Record<string, string>) => ({ ...h, Host: 'evil.example:80' }), 403, 'FORBIDDEN'],
    [
      'localhost on another port',
      (h: Record<string, string>) => ({ ...h, Host: 'localhost:1' }),
      403,
      'FORBIDDEN',
    ],
    [
      'a foreign Origin',
      (h: Record<string, string>) => ({ ...h, Origin: 'https://evil.example' }),
      403,
      'FORBIDDEN',
    ],
    ['a null Origin', (h: Record<string, string>) => ({ ...h, Origin: 'null' }), 403, 'FORBIDDEN'],
    [
      'a form body',
      (h: Record<string, string>) => ({ ...h, 'Content-Type': 'application/x-www-form-urlencoded' }),
      415,
      'BAD_REQUEST',
    ],
    [
      'a text body',
      (h: Record<string, string>) => ({ ...h, 'Content-Type': 'text/plain' }),
      415,
      'BAD_REQUEST',
    ],
  ])('refuses %s and writes nothing', async (_name, headers, status, code) => {
    const { port, backend } = await serve()
    const res = await raw(port, {
      path: '/api/interviews/create',
      headers: headers(good(port)),
      body: JSON.stringify(interviewInput()),
    })
    expect(res.status).toBe(status)
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code } })
    expect(backend.connection.database.prepare('SELECT count(*) AS n FROM interviews').get()).toEqual({
      n: 0,
    })
  })

  it('accepts its own origin on localhost too', async () => {
    const { port } = await serve()
    const headers = { ...good(port), Host: `localhost:${port}`, Origin: `http://localhost:${port}` }
    const res = await raw(port, { path: '/api/settings/get', headers, body: '{}' })
    expect(JSON.parse(res.body)).toMatchObject({ ok: true })
  })

  it('answers malformed JSON, an oversized body, GET on the API and an unknown channel plainly', async () => {
    // The limit the renderer checks a chosen file against before sending it.
    expect(MAX_BODY_BYTES).toBe(MAX_REQUEST_BYTES)
    const { port } = await serve()
    const broken = await raw(port, { path: '/api/settings/get', headers: good(port), body: '{"oops"' })
    expect([broken.status, JSON.parse(broken.body).error.code]).toEqual([400, 'BAD_REQUEST'])
    const huge = await raw(port, {
      path: '/api/settings/get',
      headers: good(port),
      body: 'x'.repeat(MAX_BODY_BYTES + 1),
    })
    expect([huge.status, JSON.parse(huge.body).error]).toEqual([
      413,
      { code: 'TOO_LARGE', message: 'The request is too large (limit 8 MB).' },
    ])
    const get = await raw(port, { method: 'GET', path: '/api/settings/get', headers: good(port) })
    expect(get.status).toBe(405)
    const unknown = await raw(port, { path: '/api/nope/nothing', headers: good(port), body: '{}' })
    expect([unknown.status, JSON.parse(unknown.body).error.code]).toEqual([404, 'UNKNOWN_CHANNEL'])
  })

  it('an oversized body sent as the renderer sends it gets its 413 answer, not a reset connection', async () => {
    const { port } = await serve()
    const response = await fetch(`http://127.0.0.1:${port}/api/data/import`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ text: 'x'.repeat(MAX_BODY_BYTES), mode: 'merge' }),
    })
    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } })
  })

  it.each(['/%E0%A4%A', '/api/settings%E0%A4%A/get', '/%'])(
    'a malformed address %s is a 400, with nothing logged',
    async (path) => {
      const logged: unknown[] = []
      const dir = tempDir()
      const backend = await startBackend({
        dbFile: join(dir, 'db.sqlite3'),
        system: { language: 'en', timeZone: 'UTC' },
        now: fixedNow(),
      })
      const server = await startWebServer({
        registry: backend.registry,
        rendererDir: join(__dirname, 'fixtures-renderer'),
        token: TOKEN,
        port: 0,
        log: (...entry) => logged.push(entry),
      })
      running.push({ backend, server })
      for (const method of ['GET', 'POST']) {
        const body = method === 'POST' ? '{}' : undefined
        const res = await raw(server.port, { method, path, headers: good(server.port), body })
        expect(res.status).toBe(400)
        expect(res.body).not.toMatch(/at .*\.js|URIError/)
      }
      expect(logged).toEqual([])
    },
  )

  it('validation errors come back as a Result naming the field, never a stack trace', async () => {
    const { port } = await serve()
    const res = await raw(port, {
      path: '/api/interviews/create',
      headers: good(port),
      body: JSON.stringify({ company: '' }),
    })
    const body = JSON.parse(res.body)
    expect(body.error.code).toBe('VALIDATION')
    expect(body.error.issues.map((i: { path: string }) => i.path)).toContain('company')
    expect(res.body).not.toMatch(/at .*\.(ts|js):\d+/)
  })

  it('serves the renderer with a CSP and never a file outside it', async () => {
    const { port } = await serve()
    const index = await raw(port, { method: 'GET', path: '/', headers: { Host: `127.0.0.1:${port}` } })
    expect(index.status).toBe(200)
    expect(index.body).toContain('fixture page')
    expect(index.headers['content-security-policy']).toContain("script-src 'self'")
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/assets/../../package.json',
    ]) {
      const res = await raw(port, { method: 'GET', path, headers: { Host: `127.0.0.1:${port}` } })
      expect(res.status, path).toBe(404)
    }
  })
})

describe('the session cookie', () => {
  /** Presents the token once, as the page does, and returns the cookie the server handed out. */
  async function cookieOf(port: number): Promise<string> {
    const res = await raw(port, { path: '/api/settings/get', headers: good(port), body: '{}' })
    const header = String(res.headers['set-cookie'])
    expect(header).toMatch(new RegExp(`^interview-desk-session-${port}=[A-Za-z0-9_-]{43}; `))
    expect(header).toContain('HttpOnly')
    expect(header).toContain('SameSite=Strict')
    expect(header).toContain('Path=/api')
    expect(header).not.toMatch(/Expires|Max-Age/i)
    return header.split(';')[0]!
  }
  const withCookie = (port: number, cookie: string) => {
    const { Authorization: _token, ...rest } = good(port)
    return { ...rest, Cookie: cookie }
  }

  it('is handed out after the token was shown, and alone opens the API for a reload', async () => {
    const { port } = await serve()
    const cookie = await cookieOf(port)
    const res = await raw(port, {
      path: '/api/interviews/create',
      headers: withCookie(port, cookie),
      body: JSON.stringify(interviewInput()),
    })
    expect(JSON.parse(res.body)).toMatchObject({ ok: true })
    expect(res.headers['set-cookie']).toBeUndefined()
  })

  it.each([
    ['a foreign Host', { Host: 'evil.example:80' }, 403],
    ['a foreign Origin', { Origin: 'https://evil.example' }, 403],
    ['a text body', { 'Content-Type': 'text/plain' }, 415],
    ['a wrong token beside it', { Authorization: 'Bearer nope-nope-nope-nope' }, 401],
  ])('keeps refusing %s', async (_name, extra, status) => {
    const { port, backend } = await serve()
    const cookie = await cookieOf(port)
    const res = await raw(port, {
      path: '/api/interviews/create',
      headers: { ...withCookie(port, cookie), ...extra },
      body: JSON.stringify(interviewInput()),
    })
    expect(res.status).toBe(status)
    expect(backend.connection.database.prepare('SELECT count(*) AS n FROM interviews').get()).toEqual({
      n: 0,
    })
  })

  it('opens nothing when it is wrong or from another run', async () => {
    const first = await serve()
    const second = await serve()
    const fromFirst = (await cookieOf(first.port)).split('=')[1]!
    for (const cookie of [
      `interview-desk-session-${second.port}=${fromFirst}`,
      `interview-desk-session-${second.port}=`,
      `other=${fromFirst}`,
    ]) {
      const res = await raw(second.port, {
        path: '/api/settings/get',
        headers: withCookie(second.port, cookie),
        body: '{}',
      })
      expect(res.status, cookie).toBe(401)
    }
  })
})

describe('token comparison', () => {
  it('is equal only for the same secret, whatever the lengths', () => {
    expect(sameSecret(TOKEN, TOKEN)).toBe(true)
    expect(sameSecret(`${TOKEN}x`, TOKEN)).toBe(false)
    expect(sameSecret('', TOKEN)).toBe(false)
  })
})
