import { useEffect, useRef } from 'react'
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
  useEffect(() => {
    if (!enabled) return
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
    return () => document.removeEventListener('keydown', onKey)
  }, [enabled])
}
