import { createRoot } from 'react-dom/client'
import { registerServiceWorker, type Update } from './register'
import { UpdateBanner } from './update-banner'

// The offline support, started by ../boot.tsx after the first visit's work is done: registers the
// service worker and, when a new version waits, shows the update banner in a root of its own (on every
// screen and on the deck alike, whatever they render).

let root: ReturnType<typeof createRoot> | null = null

function show(update: Update) {
  if (!root) {
    const host = document.createElement('div')
    host.id = 'update-banner'
    document.body.append(host)
    root = createRoot(host)
  }
  root.render(<UpdateBanner onReload={update.apply} />)
}

export function startOffline(base: string) {
  return registerServiceWorker(base, show)
}
