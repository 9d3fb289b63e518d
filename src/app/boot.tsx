import { QueryClient } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import { discardPrerendered, hydratePrerendered } from './prerender/hydrate'

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
  if (await hydratePrerendered(root, app, client)) return
  discardPrerendered(root)
  createRoot(root).render(app)
}
