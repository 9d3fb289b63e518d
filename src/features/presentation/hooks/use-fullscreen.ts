import { useEffect, useRef, useState } from 'react'

/** How long after leaving full screen an Esc still counts as the one that left it (ms). */
const ESC_GRACE = 600

/**
 * Whether the page is in full screen, and whether it was a moment ago: Chromium leaves full screen on
 * Esc itself and may then deliver the same Esc to the page, which must not also leave the deck.
 */
export function useFullscreen() {
  const [on, setOn] = useState(false)
  const leftAt = useRef(0)
  useEffect(() => {
    const update = () => {
      const now = Boolean(document.fullscreenElement)
      if (!now) leftAt.current = Date.now()
      setOn(now)
    }
    update()
    leftAt.current = 0
    document.addEventListener('fullscreenchange', update)
    return () => document.removeEventListener('fullscreenchange', update)
  }, [])
  return {
    on,
    /** True in full screen or just after leaving it. */
    recently: () => Boolean(document.fullscreenElement) || Date.now() - leftAt.current < ESC_GRACE,
    toggle: () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {})
      else void document.documentElement.requestFullscreen?.().catch(() => {})
    },
    exit: () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {})
    },
  }
}
