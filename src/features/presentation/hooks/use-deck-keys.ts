import { useEffect, useRef } from 'react'
import { takeEarlyKeys } from '@/lib/routes/early-keys'
import { useSearchHeld } from '@/lib/routes/hash-location'
import { type DeckAction, reduceKey } from '../model/keys'

/** Keys that a focused control needs for itself (Space/Enter press a button, arrows move in a field). */
function ownedByControl(e: KeyboardEvent): boolean {
  const el = e.target instanceof Element ? e.target : null
  if (!el) return false
  if (el.closest('[data-deck-keys="off"]')) return e.key !== 'Escape'
  if (el.matches('input, select, textarea, [contenteditable="true"]')) return e.key !== 'Escape'
  if (el.matches('button, a, summary, [role="button"]')) return e.key === ' ' || e.key === 'Enter'
  return false
}

/** Wires the pure key model to the document while the deck is shown (`blanked`: any key only returns). */
export function useDeckKeys(onAction: (action: DeckAction) => void, enabled = true, blanked = false) {
  const buffer = useRef('')
  const handler = useRef(onAction)
  handler.current = onAction
  const blank = useRef(blanked)
  blank.current = blanked
  // A hydrated deck listens once it shows the link's own slide (its query applied): a key pressed
  // before would step from the first slide and write that over the link. The early script keeps
  // recording until then.
  const held = useSearchHeld()
  useEffect(() => {
    if (!enabled || held) return
    const onKey = (e: KeyboardEvent) => {
      // Digits then Enter is a jump even when a button has focus (the one last clicked).
      const jump = e.key === 'Enter' && buffer.current !== ''
      if (e.defaultPrevented || (!blank.current && !jump && ownedByControl(e))) return
      const { action, buffer: next } = reduceKey(buffer.current, e, blank.current)
      buffer.current = next
      if (!action) return
      e.preventDefault() // Space and PageDown would otherwise scroll
      handler.current(action)
    }
    document.addEventListener('keydown', onKey)
    // The clicker pressed while the prerendered deck was being taken over: done now, in order, one
    // per frame (the first once the deck shows the link's slides, each after the slide the one
    // before moved to has rendered).
    const early = takeEarlyKeys()
    let frame = 0
    let timer = 0
    const later = (run: () => void) => {
      frame = requestAnimationFrame(() => {
        timer = window.setTimeout(run, 0)
      })
    }
    const replay = () => {
      const key = early.shift()
      if (!key) return
      document.dispatchEvent(new KeyboardEvent('keydown', { ...key, bubbles: true, cancelable: true }))
      later(replay)
    }
    if (early.length > 0) later(replay)
    return () => {
      document.removeEventListener('keydown', onKey)
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [enabled, held])
}
