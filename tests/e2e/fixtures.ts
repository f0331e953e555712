import { test as base } from '@playwright/test'
import { startServer, type RunningServer } from '../helpers/server'

/** Every test gets its own server on its own fresh database file. */
export const test = base.extend<{ app: RunningServer }>({
  // Playwright reads the fixture's dependencies from this (empty) destructuring pattern.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const server = await startServer()
    await use(server)
    await server.stop()
  },
})

export { expect } from '@playwright/test'
