import { QueryClient } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { loadLanguage } from '@/lib/i18n/translate'
import { usePrefs } from '@/lib/prefs/store'
import { App } from './app'
import { whenIdle } from './offline/when-idle'
import { discardPrerendered, hydratePrerendered } from './prerender/hydrate'
import { ROOT_OPTIONS } from './root-options'

/**
 * Starts the app in #root: it takes over the prerendered Overview when the visit shows exactly that
 * (./prerender/README.md), and otherwise renders from scratch, as it does in dev and in the
 * single-file build.
 */
export async function boot(root: HTMLElement) {
  const client = new QueryClient()
  const app = (
    <StrictMode>
      <App client={client} />
    </StrictMode>
  )
  startOffline()
  // A reader of another language than the default: its messages before the first render, so the
  // screen never shows in the default language first. (A failure leaves the default language.)
  await loadLanguage(usePrefs.getState().lang).catch((e: unknown) =>
    console.warn('messages unavailable:', (e as Error).message),
  )
  if (await hydratePrerendered(root, app, client)) return
  discardPrerendered(root)
  createRoot(root, ROOT_OPTIONS).render(app)
}

/**
 * Offline support (./offline): the service worker registers once the first visit's work is done, from
 * a chunk of its own. A served production build only: the single file runs from file://, and dev has
 * no built files to cache. A browser without service workers (or a plain-http intranet host, where
 * they are not allowed) simply goes without.
 */
function startOffline() {
  if (!import.meta.env.PROD || import.meta.env.MODE === 'single' || !('serviceWorker' in navigator)) return
  whenIdle(() => {
    import('./offline/start')
      .then((m) => m.startOffline(import.meta.env.BASE_URL))
      .catch((e: unknown) => console.warn('offline support unavailable:', (e as Error).message))
  })
}
