import { spawn } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../helpers/temp'

const root = resolve(__dirname, '../..')
const built = (path: string) => join(root, 'out', path)

/** Checks on the build itself (npm test builds before it runs vitest). */
describe('the built app', () => {
  it('index.html carries a CSP that allows only our own scripts', () => {
    const html = readFileSync(built('renderer/index.html'), 'utf8')
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
  })

  it('the first screen loads the calendar alone: schemas, message templates and the date picker come later', () => {
    const assets = built('renderer/assets')
    const read = (file: string) => readFileSync(join(assets, file), 'utf8')
    const html = readFileSync(built('renderer/index.html'), 'utf8')
    const entry = /<script type="module"[^>]*\bsrc="\.\/assets\/([^"]+)"/.exec(html)?.[1]
    expect(entry).toBeDefined()
    // What the page evaluates before anything is clicked: the entry and what it imports, statically, in turn
    // (`import("./x.js")` is fetched later).
    const first = new Set<string>()
    const visit = (file: string) => {
      if (first.has(file)) return
      first.add(file)
      for (const found of read(file).matchAll(/(?:\bfrom|\bimport)\s*"\.\/([\w.-]+\.js)"/g)) visit(found[1]!)
    }
    visit(entry!)
    const later = readdirSync(assets).filter((file) => file.endsWith('.js') && !first.has(file))
    const holding = (files: Iterable<string>, marker: string) =>
      [...files].filter((file) => read(file).includes(marker))

    expect(holding(first, 'month-cell')).not.toEqual([])
    // zod (the forms' schemas), the messages' sentences, react-day-picker.
    for (const marker of ['ZodError', 'Terima kasih atas', 'rdp-']) {
      expect(holding(first, marker), marker).toEqual([])
      expect(holding(later, marker), marker).not.toEqual([])
    }
  })

  it('the preload is CommonJS and requires nothing but electron (sandbox: true)', () => {
    const preload = readFileSync(built('preload/index.js'), 'utf8')
    const requires = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])
    expect(requires).toEqual(['electron'])
    expect(preload).not.toMatch(/^import /m)
  })

  it('no bundle uses dangerouslySetInnerHTML, eval or new Function from our code', () => {
    const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|tsx)$/.test(file))
      .map((file) => readFileSync(join(root, 'src', file), 'utf8'))
    for (const source of sources)
      expect(source).not.toMatch(/dangerouslySetInnerHTML|\beval\(|new Function\(/)
  })
})

describe('npm start without Electron', () => {
  const electronInstalled = existsSync(join(root, 'node_modules/electron/path.txt'))

  it.skipIf(electronInstalled)('says so in one plain line and starts browser mode', async () => {
    const db = join(tempDir(), 'start.sqlite3')
    const child = spawn(process.execPath, [join(root, 'scripts/start.mjs'), '--db', db, '--port', '0'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const output = await new Promise<string>((done, reject) => {
      let text = ''
      const timer = setTimeout(() => reject(new Error(`no start line: ${text}`)), 30_000)
      child.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString()
        if (/running at/.test(text)) {
          clearTimeout(timer)
          done(text)
        }
      })
    })
    child.kill('SIGTERM')
    const lines = output.trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^Electron cannot run here \(.+\), so Interview Desk starts in browser mode\.$/)
    expect(lines[1]).toMatch(
      /^Interview Desk running at http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/,
    )
  })
})
