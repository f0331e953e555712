import { afterEach, describe, expect, it } from 'vitest'
import { requestLimit } from '../../src/renderer/src/api/client'
import { MAX_REQUEST_BYTES } from '../../src/shared/model/limits'

describe('how much one call may carry', () => {
  afterEach(() => {
    delete (window as { api?: unknown }).api
  })

  // tests/main/web-server.test.ts checks the server refuses bodies over the same limit.
  it("in browser mode: the HTTP server's limit", () => {
    expect(requestLimit()).toBe(MAX_REQUEST_BYTES)
  })

  it('in Electron, over IPC: no limit of its own (the contract bounds each field)', () => {
    ;(window as { api?: unknown }).api = {}
    expect(requestLimit()).toBeUndefined()
  })
})
