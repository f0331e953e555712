import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { i18n } from '../../src/renderer/src/i18n'
import { lazyPage, lazyPart } from '../../src/renderer/src/ui/lazyPart'

/** A chunk that arrives when the test says. */
function chunk() {
  let deliver: () => void = () => undefined
  let fail: (error: Error) => void = () => undefined
  const load = vi.fn(
    () =>
      new Promise<(props: { name: string }) => React.ReactNode>((resolve, reject) => {
        deliver = () => resolve(({ name }) => <p>Hello {name}</p>)
        fail = reject
      }),
  )
  return { load, deliver: () => deliver(), fail: (error: Error) => fail(error) }
}

describe('parts of the app fetched when first drawn', () => {
  it('a page shows "Loading…" until its code arrives, then the page with its props', async () => {
    await i18n.changeLanguage('en')
    const part = chunk()
    const Greeting = lazyPage(part.load)
    render(<Greeting name="Rina" />)
    expect(screen.getByText('Loading…')).toBeInTheDocument()
    part.deliver()
    expect(await screen.findByText('Hello Rina')).toBeInTheDocument()
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument()
    expect(part.load).toHaveBeenCalledTimes(1)
  })

  it('a part that cannot be fetched says so in its place, the rest of the window stays, and it can be tried again', async () => {
    await i18n.changeLanguage('id')
    const part = chunk()
    const Greeting = lazyPart(part.load)
    render(
      <main>
        <h1>Kalender</h1>
        <Greeting name="Rina" />
      </main>,
    )
    part.fail(new TypeError('Failed to fetch dynamically imported module'))
    expect(await screen.findByRole('alert')).toHaveTextContent('Bagian ini tidak dapat ditampilkan.')
    expect(screen.getByRole('heading', { name: 'Kalender' })).toBeInTheDocument()

    // Trying again fetches it again (the server is back).
    await userEvent.click(screen.getByRole('button', { name: 'Coba lagi' }))
    expect(part.load).toHaveBeenCalledTimes(2)
    part.deliver()
    expect(await screen.findByText('Hello Rina')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('a part that fails while drawing says so in its place; trying again draws it anew', async () => {
    await i18n.changeLanguage('en')
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    let broken = true
    const Fragile = lazyPart(async () => () => {
      if (broken) throw new Error('a bad interview')
      return <p>Details</p>
    })
    render(<Fragile />)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This part of Interview Desk could not be shown.',
    )
    broken = false
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('Details')).toBeInTheDocument()
    vi.mocked(console.error).mockRestore()
  })

  it('every part is fetched once the calendar is drawn, not before, one at a time and each once', async () => {
    // A fresh module, holding only this test's parts.
    vi.resetModules()
    const { lazyPart, usePreloadParts } = await import('../../src/renderer/src/ui/lazyPart')
    const parts = [chunk(), chunk()]
    const Parts = parts.map((part) => lazyPart(part.load))
    function Calendar() {
      const [drawn, setDrawn] = useState(false)
      usePreloadParts(drawn)
      return (
        <button type="button" onClick={() => setDrawn(true)}>
          draw
        </button>
      )
    }
    render(<Calendar />)
    await new Promise((done) => setTimeout(done, 100))
    for (const part of parts) expect(part.load).not.toHaveBeenCalled()

    await userEvent.click(screen.getByRole('button', { name: 'draw' }))
    // One part at a time: the next once the one before has arrived.
    await waitFor(() => expect(parts[0]!.load).toHaveBeenCalledTimes(1), { timeout: 3000 })
    expect(parts[1]!.load).not.toHaveBeenCalled()
    parts[0]!.deliver()
    await waitFor(() => expect(parts[1]!.load).toHaveBeenCalledTimes(1), { timeout: 1000 })
    parts[1]!.deliver()

    // Drawn later, they do not fetch again.
    const [First, Second] = Parts as [(typeof Parts)[0], (typeof Parts)[0]]
    render(
      <>
        <First name="Rina" />
        <Second name="Budi" />
      </>,
    )
    expect(await screen.findByText('Hello Budi')).toBeInTheDocument()
    expect(screen.getByText('Hello Rina')).toBeInTheDocument()
    for (const part of parts) expect(part.load).toHaveBeenCalledTimes(1)
  })
})
