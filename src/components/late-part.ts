import { type ComponentType, startTransition, useEffect, useState } from 'react'

/**
 * A part of a screen whose code loads once the page is up, so the first paint carries none of it (the
 * prerendered page has no such part; it appears after hydration). A failed load leaves the part out.
 * It comes in as a transition: rendered in slices that leave the main thread free, and never forcing
 * React to hydrate the rest of the screen at once (an urgent update above parts still being hydrated
 * does that: 20–40 ms in one task here, four times that on an old PC).
 */
export function useLatePart<P>(load: () => Promise<ComponentType<P>>): ComponentType<P> | null {
  const [Part, setPart] = useState<ComponentType<P> | null>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: loaded once, on mount
  useEffect(() => {
    load().then(
      (part) => startTransition(() => setPart(() => part)),
      () => {},
    )
  }, [])
  return Part
}
