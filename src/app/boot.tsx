import { QueryClient } from '@tanstack/react-query'
import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import {
  checkDefaultReport,
  type DefaultReport,
  fingerprint,
  loadDefaultTexts,
  seedDefaultReport,
  trustedDefaultReport,
} from '@/lib/data/default-report'
import { loadText } from '@/lib/data/transport'
import { DEFAULT_PREFS, usePrefs } from '@/lib/prefs/store'
import { currentPath, currentSearch } from '@/lib/routes/hash-location'
import { App } from './app'
import { EARLY_CLICKS, type EarlyClicks } from './prerender/early'

/**
 * Starts the app in #root. When the build prerendered the Overview there (src/app/prerender) and this
 * visit shows exactly that (the Overview, no query, the default language, and the very data it was
 * rendered from), React hydrates the HTML the user is already looking at. Otherwise that HTML is
 * dropped and the app renders from scratch, as it does in dev and in the single-file build.
 */
export async function boot(root: HTMLElement) {
  const client = new QueryClient()
  const app = (
    <StrictMode>
      <App client={client} />
    </StrictMode>
  )
  const early = (window as unknown as Record<string, EarlyClicks | undefined>)[EARLY_CLICKS]
  if (root.dataset.prerendered && (await seedForHydration(client, root))) {
    await nextTask()
    // As a transition, hydration works in slices that leave the main thread free between them
    // (an old PC stays responsive; Lighthouse counts no long blocking task).
    startTransition(() => {
      hydrateRoot(root, app)
    })
    early?.stop()
    // React listens from here on: an event on a part not yet hydrated makes React hydrate that part
    // first and then handle it. So what the user did before now is done again.
    for (const { el, type } of early?.targets ?? []) {
      if (!el.isConnected) continue
      if (type === 'click') el.click()
      else el.dispatchEvent(new Event('change', { bubbles: true }))
    }
    return
  }
  early?.stop() // the prerendered buttons are about to go: their clicks with them
  root.replaceChildren()
  delete root.dataset.prerendered
  createRoot(root).render(app)
}

/** True when the cache now holds exactly the data the prerendered HTML shows, on the screen it is. */
async function seedForHydration(client: QueryClient, root: HTMLElement): Promise<boolean> {
  const showsPrerendered = () =>
    document.documentElement.dataset.prerender === 'use' &&
    currentPath() === '/' &&
    currentSearch() === '' &&
    usePrefs.getState().lang === DEFAULT_PREFS.lang
  if (!showsPrerendered()) return false
  let data: DefaultReport
  let same: boolean
  try {
    // index.html preloads both files, so this waits for nothing the Overview would not wait for.
    const texts = await loadDefaultTexts(loadText)
    same = texts.file === root.dataset.prerendered && fingerprint(texts) === root.dataset.fingerprint
    await nextTask()
    data = same ? trustedDefaultReport(texts) : await checkDefaultReport(texts)
  } catch {
    return false // a broken dataset: render from scratch, which shows the data error panel
  }
  seedDefaultReport(client, data) // checked data: the app needs it whichever way it starts
  // A report corrected or swapped after the build: render the served data, not the stale HTML. And a
  // link in the prerendered HTML may have been followed while the data loaded.
  return same && showsPrerendered()
}

/** Ends the current task, so start-up runs as several short tasks rather than one long one. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
