import { useEffect } from 'react'

// When the screen is really on the page. Hydration marks each element as React's while it renders,
// before it commits; and a screen hydrates with the location the build rendered (no query), then
// re-renders at once with the link's own query (its filters). What the user did on the prerendered
// page (./hydrate.ts replays it) belongs after both, or a click would act on the unfiltered screen.

let resolve: () => void = () => {}
/** Resolves once the first screen has committed and its effects have run. */
export const screenCommitted = new Promise<void>((r) => {
  resolve = r
})

/**
 * Rendered after the screen, inside the screen's Suspense boundary: its effect runs when that
 * boundary commits, after the effects of the screen before it (among them the location store's
 * check, which schedules the re-render with the real query, done in the same task).
 */
export function ScreenCommitted() {
  useEffect(() => resolve(), [])
  return null
}
