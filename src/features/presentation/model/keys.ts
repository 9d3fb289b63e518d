// The deck's keyboard: presenter clickers send PageUp/PageDown (some send arrows or Space), and most
// have a "blank screen" button that sends B or "." (PowerPoint's black screen; W or "," is white). A
// keyboard adds Home/End, "number + Enter" to jump, F for full screen, ? for the help, S for the
// current slide's sources, C for the slide counter. Esc leaves full screen only; out of full screen
// (a second Esc) or Q leaves the deck.

export type Blank = 'black' | 'white'

export type DeckAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; slide: number } // 1-based, as typed
  | { type: 'fullscreen' }
  | { type: 'escape' }
  | { type: 'leave' }
  | { type: 'blank'; blank: Blank }
  /** Any key on a blanked screen: back to the slide (the key does nothing else). */
  | { type: 'unblank' }
  | { type: 'help' }
  | { type: 'sources' }
  | { type: 'counter' }

export type KeyInput = { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }
export type KeyResult = { action: DeckAction | null; buffer: string }

const MAX_DIGITS = 3
/** Keys that are only half a key press (Shift for "?"): they do not end a black screen. */
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'Fn', 'AltGraph'])

/** The key for each action, for the help overlay (one line per entry, in this order). */
export const KEY_HELP = [
  { keys: ['→', 'PageDown', 'Space'], action: 'next' },
  { keys: ['←', 'PageUp'], action: 'prev' },
  { keys: ['Home', 'End'], action: 'ends' },
  { keys: ['3', 'Enter'], action: 'goto' },
  { keys: ['B', '.'], action: 'black' },
  { keys: ['W', ','], action: 'white' },
  { keys: ['F'], action: 'fullscreen' },
  { keys: ['S'], action: 'sources' },
  { keys: ['C'], action: 'counter' },
  { keys: ['?'], action: 'help' },
  { keys: ['Esc'], action: 'escape' },
  { keys: ['Q'], action: 'leave' },
] as const
export type HelpAction = (typeof KEY_HELP)[number]['action']

const step = (type: 'next' | 'prev' | 'first' | 'last'): KeyResult => ({ action: { type }, buffer: '' })
const plain = (action: DeckAction): KeyResult => ({ action, buffer: '' })

/**
 * One key press → the deck action it means, and the digits typed so far (for "3" + Enter).
 * `blanked`: the screen is black or white, where any key only brings the slide back.
 */
export function reduceKey(buffer: string, e: KeyInput, blanked = false): KeyResult {
  // Leave browser shortcuts (Ctrl+P, Ctrl+R, Cmd+F ...) alone.
  if (e.ctrlKey || e.metaKey || e.altKey) return { action: null, buffer }
  if (blanked) return MODIFIERS.has(e.key) ? { action: null, buffer } : plain({ type: 'unblank' })
  if (/^[0-9]$/.test(e.key)) return { action: null, buffer: (buffer + e.key).slice(-MAX_DIGITS) }
  switch (e.key) {
    case 'Enter': {
      const n = Number(buffer)
      return { action: buffer && n >= 1 ? { type: 'goto', slide: n } : null, buffer: '' }
    }
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
    case 'n':
    case 'N':
      return step('next')
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
    case 'p':
    case 'P':
      return step('prev')
    case 'Home':
      return step('first')
    case 'End':
      return step('last')
    case 'b':
    case 'B':
    case '.':
      return plain({ type: 'blank', blank: 'black' })
    case 'w':
    case 'W':
    case ',':
      return plain({ type: 'blank', blank: 'white' })
    case 'f':
    case 'F':
      return plain({ type: 'fullscreen' })
    case '?':
    case 'h':
    case 'H':
      return plain({ type: 'help' })
    case 's':
    case 'S':
      return plain({ type: 'sources' })
    case 'c':
    case 'C':
      return plain({ type: 'counter' })
    case 'q':
    case 'Q':
      return plain({ type: 'leave' })
    case 'Escape':
    case 'Esc':
      return plain({ type: 'escape' })
    default:
      return { action: null, buffer }
  }
}

/** The 0-based slide an action leads to (stepping stops at the ends; a jump is clamped). */
export function nextIndex(index: number, count: number, action: DeckAction): number {
  const last = Math.max(count - 1, 0)
  const clamp = (i: number) => Math.min(Math.max(i, 0), last)
  switch (action.type) {
    case 'next':
      return clamp(index + 1)
    case 'prev':
      return clamp(index - 1)
    case 'first':
      return 0
    case 'last':
      return last
    case 'goto':
      return clamp(action.slide - 1)
    default:
      return index
  }
}

/** Auto-advance wraps to the first slide after the last, so a kiosk loop keeps running. */
export function autoNextIndex(index: number, count: number): number {
  return count ? (index + 1) % count : 0
}
