import { describe, expect, it } from 'vitest'
import { barScale } from '../model/bar-scale'
import { applyAction, type Chrome, INITIAL_CHROME } from '../model/chrome'
import {
  channelName,
  type DeckState,
  decode,
  hello,
  sameState,
  shouldApply,
  stateMessage,
} from '../model/sync'

const at = (over: Partial<{ index: number; count: number; fullscreen: boolean }> = {}) => ({
  index: 2,
  count: 10,
  fullscreen: false,
  ...over,
})

describe('presenter chrome', () => {
  it('Esc leaves full screen first, then the deck; an open overlay closes before either', () => {
    expect(applyAction(INITIAL_CHROME, { type: 'escape' }, at({ fullscreen: true })).effect).toEqual({
      type: 'exit-fullscreen',
    })
    expect(applyAction(INITIAL_CHROME, { type: 'escape' }, at()).effect).toEqual({ type: 'leave' })
    const help: Chrome = { ...INITIAL_CHROME, overlay: 'help' }
    const r = applyAction(help, { type: 'escape' }, at({ fullscreen: true }))
    expect(r).toEqual({ chrome: INITIAL_CHROME, effect: { type: 'none' } })
    expect(applyAction(INITIAL_CHROME, { type: 'leave' }, at({ fullscreen: true })).effect).toEqual({
      type: 'leave',
    })
  })

  it('B blanks to black and again returns; W switches to white; any key returns', () => {
    const black = applyAction(INITIAL_CHROME, { type: 'blank', blank: 'black' }, at()).chrome
    expect(black.blank).toBe('black')
    expect(applyAction(black, { type: 'blank', blank: 'black' }, at()).chrome.blank).toBeNull()
    expect(applyAction(black, { type: 'blank', blank: 'white' }, at()).chrome.blank).toBe('white')
    const back = applyAction(black, { type: 'unblank' }, at())
    expect(back).toEqual({ chrome: INITIAL_CHROME, effect: { type: 'none' } })
  })

  it("steps and jumps; a new slide closes the old slide's sources but not the help", () => {
    const sources: Chrome = { ...INITIAL_CHROME, overlay: 'sources' }
    expect(applyAction(sources, { type: 'next' }, at())).toEqual({
      chrome: INITIAL_CHROME,
      effect: { type: 'go', index: 3 },
    })
    const help: Chrome = { ...INITIAL_CHROME, overlay: 'help' }
    expect(applyAction(help, { type: 'goto', slide: 7 }, at()).chrome.overlay).toBe('help')
    expect(applyAction(INITIAL_CHROME, { type: 'goto', slide: 7 }, at()).effect).toEqual({
      type: 'go',
      index: 6,
    })
    // At the end nothing happens (no wrap for a presenter).
    expect(applyAction(INITIAL_CHROME, { type: 'next' }, at({ index: 9 })).effect).toEqual({ type: 'none' })
  })

  it('toggles the help, the sources and the counter', () => {
    const h = applyAction(INITIAL_CHROME, { type: 'help' }, at()).chrome
    expect(h.overlay).toBe('help')
    expect(applyAction(h, { type: 'sources' }, at()).chrome.overlay).toBe('sources')
    expect(applyAction(h, { type: 'help' }, at()).chrome.overlay).toBeNull()
    expect(applyAction(INITIAL_CHROME, { type: 'counter' }, at()).chrome.counter).toBe(false)
  })
})

describe('sync protocol between the audience and the presenter window', () => {
  const s: DeckState = { index: 3, ids: ['title', 'kpis', 'targets', 'tasks'], blank: null }

  it('round-trips its messages and refuses anything else', () => {
    expect(decode(hello('a'))).toEqual(hello('a'))
    const m = stateMessage('a', 5, s)
    expect(decode(JSON.parse(JSON.stringify(m)))).toEqual(m)
    for (const bad of [
      null,
      'x',
      { ...m, v: 2 },
      { ...m, from: '' },
      { ...m, at: '5' },
      { ...m, state: { ...s, index: -1 } },
      { ...m, state: { ...s, index: 1.5 } },
      { ...m, state: { ...s, ids: [1] } },
      { ...m, state: { ...s, blank: 'red' } },
      { ...m, kind: 'reload' },
    ])
      expect(decode(bad)).toBeNull()
  })

  it("applies another window's newer, different state only", () => {
    const other = { ...s, index: 4 }
    expect(shouldApply(stateMessage('b', 10, other), 'a', 9, s)).toBe(true)
    // Its own message, an older one (a late step must not pull the deck back), or the same state.
    expect(shouldApply(stateMessage('a', 10, other), 'a', 9, s)).toBe(false)
    expect(shouldApply(stateMessage('b', 8, other), 'a', 9, s)).toBe(false)
    expect(shouldApply(stateMessage('b', 10, s), 'a', 9, s)).toBe(false)
    expect(shouldApply(hello('b'), 'a', 0, s)).toBe(false)
    // A blank screen is news too.
    expect(shouldApply(stateMessage('b', 10, { ...s, blank: 'black' }), 'a', 9, s)).toBe(true)
  })

  it('compares states by slide, selection and blank; one channel per report', () => {
    expect(sameState(s, { ...s, ids: [...s.ids] })).toBe(true)
    expect(sameState(s, { ...s, ids: s.ids.slice(1) })).toBe(false)
    expect(channelName('chaoyang-2023')).not.toBe(channelName('demo-2024'))
  })
})

describe('KPI bar scale', () => {
  it('draws from zero, the longest bar at 78% of the row, negatives to the left', () => {
    const scale = barScale([5, 13, 8])
    expect(scale(13)).toEqual({ left: 0, width: 78 })
    expect(scale(6.5).width).toBeCloseTo(39)
    const mixed = barScale([-2, 8])
    expect(mixed(-2)).toEqual({ left: 0, width: expect.closeTo(15.6, 5) })
    expect(mixed(8).left).toBeCloseTo(15.6)
    expect(barScale([0])(0)).toEqual({ left: 0, width: 0 })
  })
})
