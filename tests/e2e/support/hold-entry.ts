import type { BrowserContext } from 'playwright-core'

// The prerender journeys hold the app's script back to look at the page as a slow PC shows it
// before any JavaScript has run, then let it go.

const ENTRY = /\/assets\/index-[^/]*\.js$/

/** Holds the entry script until `release()`; with `drop`, never serves it (JavaScript fails). */
export function holdEntry(drop = false) {
  let release = () => {}
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  const routes = async (context: BrowserContext) => {
    await context.route(ENTRY, async (route) => {
      if (drop) return route.abort()
      await released
      return route.fallback()
    })
  }
  return { routes, release }
}
