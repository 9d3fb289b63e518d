import { useSyncExternalStore } from 'react'

// Recharts takes pixel sizes; this is the same `--u` the CSS uses (min(1vh, 0.5625vw)), in px.
function subscribe(cb: () => void) {
  addEventListener('resize', cb)
  return () => removeEventListener('resize', cb)
}
const read = () => Math.min(innerHeight / 100, innerWidth * 0.005625)

export function useFrameUnit(): number {
  return useSyncExternalStore(subscribe, read, () => 10.8)
}
