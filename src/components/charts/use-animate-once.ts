import { useCallback, useEffect, useState } from 'react'
import { useTheme } from '@/lib/prefs/hooks'
import { useChartSize } from './sizes'

function motionAllowed(): boolean {
  // No matchMedia (tests, very old browsers): treat as reduced motion.
  return typeof matchMedia === 'function' && !matchMedia('(prefers-reduced-motion: reduce)').matches
}

/**
 * Charts animate at most once, on their first render: a filter change must not replay the entrance.
 * Never on a slide or in the projector theme (a meeting-room screen), or under prefers-reduced-motion.
 */
export function useAnimateOnce() {
  const theme = useTheme()
  const size = useChartSize()
  const [allowed] = useState(motionAllowed)
  const [done, setDone] = useState(false)
  const onAnimationEnd = useCallback(() => setDone(true), [])
  const animate = allowed && !done && theme !== 'projector' && size !== 'slide'
  // Over by this time even when nothing was there to animate (every value 0: no bar, no end event),
  // so a later change never plays an entrance.
  useEffect(() => {
    if (!animate) return
    const timer = setTimeout(onAnimationEnd, 1000)
    return () => clearTimeout(timer)
  }, [animate, onAnimationEnd])
  return { animate, onAnimationEnd }
}
