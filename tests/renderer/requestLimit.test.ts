import { afterEach, describe, expect, it } from 'vitest'
import { requestLimit } from '../../src/renderer/src/api/client'
import { MAX_REQUEST_BYTES } from '../../src/shared/model/limits'
import { MAX_BODY_BYTES } from '../../src/main/web/server'

describe('how much one call may carry', () => {
  afterEach(() => {
    delete (window as { api?: unknown }).api
  })

  it("in browser mode: the HTTP server's limit, the one it refuses larger bodies by", () => {
    expect(requestLimit()).toBe(MAX_REQUEST_BYTES)
    expect(MAX_BODY_BYTES).toBe(MAX_REQUEST_BYTES)
  })

  it('in Electron, over IPC: no limit of its own (the contract bounds each field)', () => {
    ;(window as { api?: unknown }).api = {}
    expect(requestLimit()).toBeUndefined()
  })
})
