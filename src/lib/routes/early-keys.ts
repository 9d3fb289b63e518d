import { currentPath } from './hash-location'

// Keys pressed before the app listened: a presenter who opens the deck's link and presses the
// clicker while the page is still loading or being taken over expects the slide to move. The early
// script of index.html (src/app/prerender/early.ts) records them from its first moment; the screen
// that listens to keys (the deck) takes them when it starts listening, which ends the recording.

/** The window property the early script records keys in. */
export const EARLY_KEYS = 'prerenderKeys'

export type EarlyKey = { key: string; code: string; shiftKey: boolean; path: string; at: number }
export type EarlyKeys = { keys: EarlyKey[]; stop: () => void }

/** How long a key pressed before the app listened still counts. */
export const EARLY_KEYS_MS = 15_000

/** The keys pressed before the app listened on the screen shown now, each handed out once. */
export function takeEarlyKeys(): Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey'>[] {
  const early = (window as unknown as Record<string, EarlyKeys | undefined>)[EARLY_KEYS]
  if (!early) return []
  early.stop()
  const taken = early.keys.splice(0)
  const path = currentPath()
  const since = performance.now() - EARLY_KEYS_MS
  return taken
    .filter((k) => k.path === path && k.at >= since)
    .map(({ key, code, shiftKey }) => ({ key, code, shiftKey }))
}
