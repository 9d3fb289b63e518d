import { useCallback, useEffect, useRef } from 'react'
import { useSearchHeld } from '@/lib/routes/hash-location'
import { HL_ID } from './paragraph'

function reveal(el: Element | null, focus: Element | null = el) {
  if (!el) return
  // jsdom has no scrollIntoView; browsers do.
  el.scrollIntoView?.({ block: 'center' })
  if (focus instanceof HTMLElement) focus.focus({ preventScroll: true })
}

/**
 * Brings the URL's target into view: the highlighted quote on arrival (it wins over ?sec=), a section
 * when a contents link changes ?sec=, else the first match of a shared ?q= link. Returns a function that reveals the n-th search match.
 */
export function useScrollTargets({ hl, sec, q }: { hl: string; sec: string; q: string }) {
  const seen = useRef<{ hl: string; sec: string } | null>(null)
  // A hydrated Source arrives at its link's target once the link's query is applied, not before.
  const held = useSearchHeld()
  useEffect(() => {
    if (held) return
    const before = seen.current
    seen.current = { hl, sec }
    // In a frame of its own: scrolling lays out the whole text, and the render that has just put the
    // highlight in place need not wait for that. Not cancelled when the effect runs again (Strict
    // Mode, a search typed at once): the highlight's element has one id, whichever passage it marks.
    if (hl && (!before || before.hl !== hl))
      requestAnimationFrame(() => reveal(document.getElementById(HL_ID)))
    else if (sec && (!before || before.sec !== sec)) {
      const section = document.getElementById(`sec-${sec}`)
      section?.scrollIntoView?.({ block: 'start' })
      section?.querySelector('h2')?.focus({ preventScroll: true })
    } else if (!before && q) {
      // A shared search link opens at its first match.
      document.querySelector('mark[data-hit="0"]')?.scrollIntoView?.({ block: 'center' })
    }
  }, [hl, sec, q, held])
  return useCallback((n: number) => {
    // After the render that marks the new current match.
    requestAnimationFrame(() =>
      document.querySelector(`mark[data-hit="${n}"]`)?.scrollIntoView?.({ block: 'center' }),
    )
  }, [])
}
