// The deck's keyboard: presenter clickers send PageUp/PageDown (some send arrows or Space), a
// keyboard adds Home/End, "number + Enter" to jump, F for full screen and Esc to leave.

export type DeckAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; slide: number } // 1-based, as typed
  | { type: 'fullscreen' }
  | { type: 'exit' }

export type KeyInput = { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }
export type KeyResult = { action: DeckAction | null; buffer: string }

const MAX_DIGITS = 3

/** One key press → the deck action it means, and the digits typed so far (for "3" + Enter). */
export function reduceKey(buffer: string, e: KeyInput): KeyResult {
  // Leave browser shortcuts (Ctrl+P, Ctrl+R, Cmd+F ...) alone.
  if (e.ctrlKey || e.metaKey || e.altKey) return { action: null, buffer }
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
      return { action: { type: 'next' }, buffer: '' }
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
    case 'p':
      return { action: { type: 'prev' }, buffer: '' }
    case 'Home':
      return { action: { type: 'first' }, buffer: '' }
    case 'End':
      return { action: { type: 'last' }, buffer: '' }
    case 'f':
    case 'F':
      return { action: { type: 'fullscreen' }, buffer: '' }
    case 'Escape':
    case 'Esc':
      return { action: { type: 'exit' }, buffer: '' }
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
