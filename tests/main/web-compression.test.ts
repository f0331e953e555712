import { request } from 'node:http'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { startBackend, type Backend } from '../../src/main/backend'
import { Registry } from '../../src/main/registry'
import { startWebServer, type WebServer } from '../../src/main/web/server'
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
  const backend = await startBackend({
    dbFile: join(tempDir(), 'db.sqlite3'),
    system: { language: 'en', timeZone: 'UTC' },
    now: fixedNow(),
  })
  const rendererDir = join(__dirname, 'fixtures-renderer')
  const server = await startWebServer({ registry: backend.registry, rendererDir, token: TOKEN, port: 0 })
  running.push({ backend, server })
  return { backend, port: server.port }
}

/** POST /api/<channel> with the bytes of the answer as they travel. */
function post(
  port: number,
  channel: string,
  acceptEncoding?: string,
): Promise<{ headers: Record<string, unknown>; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/${channel}`,
        headers: {
          Host: `127.0.0.1:${port}`,
          Authorization: `Bearer ${TOKEN}`,
          'Content-Type': 'application/json',
          ...(acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ headers: res.headers, bytes: Buffer.concat(chunks) }))
      },
    )
    req.on('error', reject)
    req.end('{}')
  })
}

describe('browser mode compresses large answers', () => {
  it('gzips an answer over 1 KB for a page that accepts it, and gives the same JSON', async () => {
    const { backend, port } = await serve()
    for (let i = 0; i < 20; i += 1) {
      const made = await backend.registry.dispatch(
        'interviews/create',
        interviewInput({ company: `PT ${i}` }, 48 + i),
      )
      expect(made.ok).toBe(true)
    }
    const plain = await post(port, 'interviews/list')
    const packed = await post(port, 'interviews/list', 'gzip, deflate, br')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(packed.headers['content-encoding']).toBe('gzip')
    expect(packed.headers.vary).toBe('Accept-Encoding')
    expect(gunzipSync(packed.bytes).toString()).toBe(plain.bytes.toString())
    expect(packed.bytes.length).toBeLessThan(plain.bytes.length / 4)
    expect(JSON.parse(plain.bytes.toString())).toMatchObject({ ok: true, value: { length: 20 } })
  })

  it('sends a small answer as it is', async () => {
    const { port } = await serve()
    const small = await post(port, 'interviews/list', 'gzip')
    expect(small.headers['content-encoding']).toBeUndefined()
    expect(JSON.parse(small.bytes.toString())).toEqual({ ok: true, value: [] })
  })
})

describe('browser mode answers a quick call before a slower one that came in after it', () => {
  it('sends a month it compressed at once, not after the alerts asked for while it was read', async () => {
    // Work that holds the event loop, as a handler reading the store does.
    const busy = (ms: number) => {
      const end = performance.now() + ms
      while (performance.now() < end);
    }
    // About 200 KB of JSON, compressed on its way out: a month of interviews at 10 000 stored.
    const month = Array.from({ length: 400 }, (_, i) => ({
      id: `interview-${i}`,
      notes: `${i} `.repeat(200),
    }))
    const registry = new Registry()
    registry.register('interviews/list', (() => (busy(40), month)) as never)
    registry.register('alerts/list', (() => (busy(150), [])) as never)
    const rendererDir = join(__dirname, 'fixtures-renderer')
    const server = await startWebServer({ registry, rendererDir, token: TOKEN, port: 0 })
    try {
      const finished: string[] = []
      // The alerts arrive while the month is being read: answered on the thread pool, the month waited for
      // the event loop behind them.
      const list = post(server.port, 'interviews/list', 'gzip').then((answer) => {
        finished.push('list')
        return answer
      })
      const alerts = post(server.port, 'alerts/list', 'gzip').then(() => finished.push('alerts'))
      const [answer] = await Promise.all([list, alerts])
      expect(answer.headers['content-encoding']).toBe('gzip')
      expect(JSON.parse(gunzipSync(answer.bytes).toString())).toEqual({ ok: true, value: month })
      expect(finished).toEqual(['list', 'alerts'])
    } finally {
      await server.close()
    }
  })
})
