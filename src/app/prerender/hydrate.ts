import type { QueryClient } from '@tanstack/react-query'
import { type ReactNode, startTransition } from 'react'
import { hydrateRoot } from 'react-dom/client'
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
import { currentPath, currentSearch, setServerLocation } from '@/lib/routes/hash-location'
import { ROOT_OPTIONS } from '../root-options'
import { EARLY_CLICKS, type EarlyClicks } from './early'
import { PRERENDERED_PATH } from './render-location'

// Taking over the prerendered Overview (./README.md). React hydrates the HTML the user is already
// looking at only when this visit shows exactly what the build rendered: the Overview, no query, the
// default language, and the very data it was rendered from. Otherwise the app renders afresh.

const early = () => (window as unknown as Record<string, EarlyClicks | undefined>)[EARLY_CLICKS]

/** True when the visit shows what the prerendered HTML shows, where and in the language it shows it. */
function showsPrerendered(): boolean {
  return (
    document.documentElement.dataset.prerender === 'use' &&
    currentPath() === PRERENDERED_PATH &&
    currentSearch() === '' &&
    usePrefs.getState().lang === DEFAULT_PREFS.lang
  )
}

/** True when the cache now holds exactly the data the prerendered HTML shows, on the screen it is. */
async function seedForHydration(client: QueryClient, root: HTMLElement): Promise<boolean> {
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

/**
 * Hydrates the prerendered HTML in #root with `app` when it is what this visit shows, and replays
 * what the user did on it before React listened. False when there is nothing to hydrate: the caller
 * then renders from scratch (after discardPrerendered).
 */
export async function hydratePrerendered(root: HTMLElement, app: ReactNode, client: QueryClient) {
  if (!root.dataset.prerendered || !(await seedForHydration(client, root))) return false
  await nextTask()
  setServerLocation(PRERENDERED_PATH)
  // As a transition, hydration works in slices that leave the main thread free between them
  // (an old PC stays responsive; Lighthouse counts no long blocking task).
  startTransition(() => {
    hydrateRoot(root, app, ROOT_OPTIONS)
  })
  const clicks = early()
  clicks?.stop()
  // React listens from here on: an event on a part not yet hydrated makes React hydrate that part
  // first and then handle it. So what the user did before now is done again.
  for (const { el, type } of clicks?.targets ?? []) {
    if (!el.isConnected) continue
    if (type === 'click') el.click()
    else el.dispatchEvent(new Event('change', { bubbles: true }))
  }
  return true
}

/** Drops the prerendered HTML (and the clicks made on it) before a render from scratch. */
export function discardPrerendered(root: HTMLElement) {
  early()?.stop() // the prerendered buttons are about to go: their clicks with them
  root.replaceChildren()
  delete root.dataset.prerendered
}

/** Ends the current task, so start-up runs as several short tasks rather than one long one. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
