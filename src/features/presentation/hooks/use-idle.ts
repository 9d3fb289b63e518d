import { useEffect, useState } from 'react'

/** Idle time after which the controls hide in full screen (ms). */
export const IDLE_MS = 3000

/**
 * True once the mouse has not moved for `ms` while `active` (full screen); a mouse move (or a touch)
 * brings the controls back. Keys do not: a presenter's clicker must not wake the control bar.
 */
export function useIdle(active: boolean, ms = IDLE_MS): boolean {
  const [idle, setIdle] = useState(false)
  useEffect(() => {
    if (!active) {
      setIdle(false)
      return
    }
    let timer = setTimeout(() => setIdle(true), ms)
    const wake = () => {
      setIdle(false)
      clearTimeout(timer)
      timer = setTimeout(() => setIdle(true), ms)
    }
    addEventListener('mousemove', wake)
    addEventListener('pointerdown', wake)
    return () => {
      clearTimeout(timer)
      removeEventListener('mousemove', wake)
      removeEventListener('pointerdown', wake)
    }
  }, [active, ms])
  return idle
}
