import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The week's blocks take plain colours from timeGrid.css (Chromium mixes `color-mix()` and substitutes `var()`
 * per element on every restyle). They must stay the colours calendar.css mixes from the theme for chips: a 16 %
 * tint of the status over the surface, the status as the edge, 55 % muted over the text for the time.
 */
/** The custom properties a theme block of base.css sets. */
function theme(selector: string): Record<string, string> {
  const start = base.indexOf(`${selector} {`)
  const body = base.slice(start, base.indexOf('}', start))
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6});/g)].map((m) => [m[1]!, m[2]!]))
}
const read = (path: string) => readFileSync(resolve(__dirname, '../../../src/renderer/src', path), 'utf8')
const base = read('styles/base.css')
const timeGrid = read('features/calendar/timeGrid.css')

const themes = { light: theme(':root'), dark: theme(":root[data-theme='dark']") }

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
/** color-mix(in srgb, a p, b) of two opaque colours, as hex. */
const mix = (a: string, p: number, b: string) =>
  '#' +
  channels(a)
    .map((x, i) => Math.round(x * p + channels(b)[i]! * (1 - p)))
    .map((x) => x.toString(16).padStart(2, '0'))
    .join('')

/** The declarations of the rule whose selector list is exactly `selector`. */
function rule(selector: string): string {
  const at = timeGrid.indexOf(`\n${selector} {`)
  expect(at, selector).toBeGreaterThanOrEqual(0)
  return timeGrid.slice(at, timeGrid.indexOf('}', at))
}

const STATUSES = ['invited', 'confirmed', 'cancelled', 'declined', 'completed', 'no-show']

describe.each(Object.entries(themes))('week blocks, %s theme', (name, vars) => {
  const prefix = name === 'dark' ? ":root[data-theme='dark'] " : ''

  it('tints each status as calendar.css would: its edge, 16 % of it over the surface', () => {
    expect(Object.keys(vars)).toEqual(expect.arrayContaining(['surface', 'text', 'muted', ...STATUSES]))
    for (const status of STATUSES) {
      const body = rule(`${prefix}.timegrid .block.status-${status}`)
      expect(body).toContain(`border-left: 3px solid ${vars[status]};`)
      expect(body).toContain(`background: ${mix(vars[status]!, 0.16, vars.surface!)} no-repeat `)
    }
  })

  it("writes the time and position 55 % muted over the text, the company in the text's colour", () => {
    const line = rule(`${prefix}.block.mode-onsite,\n${prefix}.block.mode-video,\n${prefix}.block.mode-phone`)
    expect(line).toContain(`color: ${mix(vars.muted!, 0.55, vars.text!)};`)
    expect(rule(`${prefix}.block > .ev-company`)).toContain(`color: ${vars.text};`)
  })

  it("sets each mode's icon after every status background of the theme (a status's shorthand resets the image)", () => {
    const lastStatus = Math.max(
      ...STATUSES.map((status) => timeGrid.indexOf(`\n${prefix}.timegrid .block.status-${status} {`)),
    )
    for (const mode of ['onsite', 'video', 'phone']) {
      // The last rule for the mode alone (an earlier list of all three sets how their text is laid out).
      const at = timeGrid.lastIndexOf(`\n${prefix}.timegrid .block.mode-${mode} {`)
      expect(at).toBeGreaterThan(lastStatus)
      const body = timeGrid.slice(timeGrid.indexOf('{', at) + 1, timeGrid.indexOf('}', at))
      // The theme's own image of the mode, a PNG file the build inlines (and modeIcons.ts loads in advance).
      expect(body.trim()).toBe(
        `background-image: url('./icons/${mode}${name === 'dark' ? '-dark' : ''}.png');`,
      )
    }
  })
})

it('loads every image the stylesheet draws before the calendar draws (modeIcons.ts), and no other', () => {
  const drawn = new Set([...timeGrid.matchAll(/url\('\.\/icons\/([\w-]+\.png)'\)/g)].map((m) => m[1]!))
  const loaded = [...read('features/calendar/modeIcons.ts').matchAll(/from '\.\/icons\/([\w-]+\.png)'/g)]
  expect(drawn.size).toBe(6)
  expect(loaded.map((m) => m[1]).sort()).toEqual([...drawn].sort())
  for (const file of drawn)
    expect(existsSync(resolve(__dirname, '../../../src/renderer/src/features/calendar/icons', file))).toBe(
      true,
    )
})
