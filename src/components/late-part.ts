import { type ComponentType, useEffect, useState } from 'react'

/**
 * A part of a screen whose code loads once the page is up, so the first paint carries none of it (the
 * prerendered page has no such part; it appears after hydration). A failed load leaves the part out.
 */
export function useLatePart<P>(load: () => Promise<ComponentType<P>>): ComponentType<P> | null {
  const [Part, setPart] = useState<ComponentType<P> | null>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: loaded once, on mount
  useEffect(() => {
    load().then(
      (part) => setPart(() => part),
      () => {},
    )
  }, [])
  return Part
}
