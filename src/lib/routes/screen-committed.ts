import { useEffect } from 'react'

// When the screen is really on the page. Hydration marks each element as React's while it renders,
// before it commits; and a screen hydrates with the location the build rendered (no query), then
// re-renders with the link's own query (its filters; `searchApplied` in hash-location.ts). What the
// user did on the prerendered page (src/app/prerender/hydrate.ts replays it) belongs after both, or
// a click would act on the unfiltered screen. A screen that failed (its code did not load, it
// crashed) is on the page as its error message: that counts too, or its Reload button would wait
// for a screen that never comes.

let resolve: () => void = () => {}
/** Resolves once the first screen (or the message that replaces it) has committed and its effects have run. */
export const screenCommitted = new Promise<void>((r) => {
  resolve = r
})

/**
 * Called by what is rendered after the screen, inside the screen's Suspense boundary (its effect
 * runs when that boundary commits, after the effects of the screen before it), and by a screen's
 * error message.
 */
export function useScreenCommitted(on = true) {
  useEffect(() => {
    if (on) resolve()
  }, [on])
}
