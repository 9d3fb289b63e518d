import { type ReactNode, Suspense } from 'react'

/**
 * A part of a prerendered screen that React hydrates as a unit of its own, in its own short task,
 * instead of the whole screen in one commit (on an old PC, a long task that blocks input). Nothing in
 * it suspends: a Suspense boundary is simply where React may pause. See src/app/prerender/README.md.
 */
export function HydrationUnit({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>
}
