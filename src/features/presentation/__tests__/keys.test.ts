import { describe, expect, it } from 'vitest'
import { autoNextIndex, type DeckAction, KEY_HELP, nextIndex, reduceKey } from '../model/keys'

const press = (keys: string[]) => {
  let buffer = ''
  const actions: (DeckAction | null)[] = []
  for (const key of keys) {
    const r = reduceKey(buffer, { key })
    buffer = r.buffer
    actions.push(r.action)
  }
  return actions
}

describe('deck keyboard model', () => {
  it('steps with arrows, PageUp/PageDown (clickers) and Space', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' '])
      expect(reduceKey('', { key }).action).toEqual({ type: 'next' })
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp'])
      expect(reduceKey('', { key }).action).toEqual({ type: 'prev' })
  })

  it('jumps with Home/End and number + Enter', () => {
    expect(reduceKey('', { key: 'Home' }).action).toEqual({ type: 'first' })
    expect(reduceKey('', { key: 'End' }).action).toEqual({ type: 'last' })
    expect(press(['1', '2', 'Enter']).at(-1)).toEqual({ type: 'goto', slide: 12 })
    expect(press(['3', 'Enter']).at(-1)).toEqual({ type: 'goto', slide: 3 })
    // Enter with no number, or 0, does nothing; another key clears the digits.
    expect(press(['Enter'])).toEqual([null])
    expect(press(['0', 'Enter']).at(-1)).toBeNull()
    expect(press(['4', 'ArrowRight', 'Enter']).at(-1)).toBeNull()
  })

  it('F toggles full screen, Esc and Q step out; browser shortcuts are left alone', () => {
    expect(reduceKey('', { key: 'f' }).action).toEqual({ type: 'fullscreen' })
    expect(reduceKey('', { key: 'F' }).action).toEqual({ type: 'fullscreen' })
    expect(reduceKey('', { key: 'Escape' }).action).toEqual({ type: 'escape' })
    expect(reduceKey('', { key: 'q' }).action).toEqual({ type: 'leave' })
    expect(reduceKey('', { key: 'Q' }).action).toEqual({ type: 'leave' })
    expect(reduceKey('', { key: 'p', ctrlKey: true }).action).toBeNull()
    expect(reduceKey('', { key: 'r', metaKey: true }).action).toBeNull()
    expect(reduceKey('', { key: 'x' }).action).toBeNull()
  })

  it('maps actions to a slide index, stopping at the ends', () => {
    expect(nextIndex(0, 10, { type: 'prev' })).toBe(0)
    expect(nextIndex(9, 10, { type: 'next' })).toBe(9)
    expect(nextIndex(4, 10, { type: 'next' })).toBe(5)
    expect(nextIndex(4, 10, { type: 'first' })).toBe(0)
    expect(nextIndex(4, 10, { type: 'last' })).toBe(9)
    expect(nextIndex(4, 10, { type: 'goto', slide: 3 })).toBe(2)
    expect(nextIndex(4, 10, { type: 'goto', slide: 99 })).toBe(9)
    expect(autoNextIndex(9, 10)).toBe(0)
  })

  it('blanks the screen with a clicker\'s B or ".", W or ","; any key then only returns', () => {
    for (const key of ['b', 'B', '.'])
      expect(reduceKey('', { key }).action).toEqual({ type: 'blank', blank: 'black' })
    for (const key of ['w', 'W', ','])
      expect(reduceKey('', { key }).action).toEqual({ type: 'blank', blank: 'white' })
    for (const key of ['PageDown', 'b', 'x', 'Escape', '3'])
      expect(reduceKey('', { key }, true).action).toEqual({ type: 'unblank' })
    // Shift alone (on the way to "?") is half a key: the screen stays blank.
    expect(reduceKey('', { key: 'Shift' }, true).action).toBeNull()
    // A pending "3" is dropped by the key that returns, so it cannot jump later.
    expect(reduceKey('3', { key: 'Enter' }, true)).toEqual({ action: { type: 'unblank' }, buffer: '' })
  })

  it('opens the help with ?, the sources with S, and hides the counter with C', () => {
    expect(reduceKey('', { key: '?' }).action).toEqual({ type: 'help' })
    expect(reduceKey('', { key: 's' }).action).toEqual({ type: 'sources' })
    expect(reduceKey('', { key: 'c' }).action).toEqual({ type: 'counter' })
  })

  it('every key the help names is a key the deck reads', () => {
    const names: Record<string, string> = { '→': 'ArrowRight', '←': 'ArrowLeft', Space: ' ', Esc: 'Escape' }
    const named = KEY_HELP.flatMap((k) => k.keys).map((k: string) => names[k] ?? k)
    for (const key of named) {
      const r = reduceKey('', { key })
      expect(r.action !== null || /^([0-9]|Enter)$/.test(key), key).toBe(true)
    }
  })
})
