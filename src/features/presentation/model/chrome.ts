import { type Blank, type DeckAction, nextIndex } from './keys'

// What the presenter has switched on or off around the slides (a blanked screen, the help or the
// sources overlay, the slide counter), and what an action does to it and to the deck. Pure: the
// deck component applies the effect (a slide change, full screen, leaving).

export type Overlay = 'help' | 'sources' | 'picker'

export type Chrome = {
  blank: Blank | null
  overlay: Overlay | null
  /** The small "3 / 10" in the slide's corner (C hides it for the audience). */
  counter: boolean
}

export const INITIAL_CHROME: Chrome = { blank: null, overlay: null, counter: true }

export type Effect =
  | { type: 'none' }
  | { type: 'go'; index: number }
  | { type: 'fullscreen' }
  | { type: 'exit-fullscreen' }
  | { type: 'leave' }

export type Where = { index: number; count: number; fullscreen: boolean }

const none: Effect = { type: 'none' }

/** One action applied: the chrome after it and what the deck must do. */
export function applyAction(
  chrome: Chrome,
  action: DeckAction,
  at: Where,
): { chrome: Chrome; effect: Effect } {
  const toggle = (o: Overlay) => ({ ...chrome, overlay: chrome.overlay === o ? null : o })
  switch (action.type) {
    case 'unblank':
      return { chrome: { ...chrome, blank: null }, effect: none }
    case 'blank':
      return {
        chrome: { ...chrome, blank: chrome.blank === action.blank ? null : action.blank },
        effect: none,
      }
    case 'help':
      return { chrome: toggle('help'), effect: none }
    case 'sources':
      return { chrome: toggle('sources'), effect: none }
    case 'counter':
      return { chrome: { ...chrome, counter: !chrome.counter }, effect: none }
    case 'fullscreen':
      return { chrome, effect: { type: 'fullscreen' } }
    case 'leave':
      return { chrome, effect: { type: 'leave' } }
    case 'escape':
      // One step out at a time: an overlay, then full screen, then the deck.
      if (chrome.overlay) return { chrome: { ...chrome, overlay: null }, effect: none }
      return { chrome, effect: { type: at.fullscreen ? 'exit-fullscreen' : 'leave' } }
    default: {
      const to = nextIndex(at.index, at.count, action)
      // A new slide closes its predecessor's sources; the help stays until dismissed.
      const overlay = chrome.overlay === 'sources' && to !== at.index ? null : chrome.overlay
      return { chrome: { ...chrome, overlay }, effect: to === at.index ? none : { type: 'go', index: to } }
    }
  }
}
