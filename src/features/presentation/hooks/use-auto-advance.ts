import { useEffect, useState } from 'react'

/**
 * Advances every `seconds` while not paused. Any key, click or wheel pauses it (the presenter has
 * taken over); `resume` starts it again. Each slide gets the full interval.
 */
export function useAutoAdvance(seconds: number | null, index: number, advance: () => void) {
  const [paused, setPaused] = useState(false)
  const active = seconds !== null && !paused

  // biome-ignore lint/correctness/useExhaustiveDependencies: index restarts the interval on every slide change
  useEffect(() => {
    if (!active) return
    const id = setTimeout(advance, seconds * 1000)
    return () => clearTimeout(id)
  }, [active, seconds, advance, index])

  useEffect(() => {
    if (seconds === null) return
    const pause = (e: Event) => {
      // The auto-advance controls themselves resume or change the interval: not a "takeover".
      if (e.target instanceof Element && e.target.closest('[data-auto-control]')) return
      setPaused(true)
    }
    const opts = { capture: true }
    addEventListener('keydown', pause, opts)
    addEventListener('pointerdown', pause, opts)
    addEventListener('wheel', pause, opts)
    return () => {
      removeEventListener('keydown', pause, opts)
      removeEventListener('pointerdown', pause, opts)
      removeEventListener('wheel', pause, opts)
    }
  }, [seconds])

  return {
    running: active,
    paused: seconds !== null && paused,
    pause: () => setPaused(true),
    resume: () => setPaused(false),
  }
}
