// Registers the service worker (./sw.ts) once the page has loaded and the browser is idle, so it never
// competes with the first visit, and tells the page when a new version is ready. Loaded lazily by
// ../boot.tsx (not part of the first paint's JavaScript), never in the single-file build or in dev.

export type Update = { apply: () => void }

/**
 * Registers `${base}sw.js`; `onUpdate` is called when a newer version has installed and waits, or when
 * another tab already switched this one to it. `apply` reloads into the new version.
 */
export async function registerServiceWorker(base: string, onUpdate: (update: Update) => void) {
  const sw = navigator.serviceWorker
  const hadController = Boolean(sw.controller)
  let applying = false
  sw.addEventListener('controllerchange', () => {
    if (applying) location.reload()
    // Another tab moved every tab to the new version: say so here too (the first install's takeover
    // of an uncontrolled page is no new version).
    else if (hadController) onUpdate({ apply: () => location.reload() })
  })
  const registration = await sw.register(`${base}sw.js`, { scope: base })
  const offer = (worker: ServiceWorker) =>
    onUpdate({
      apply: () => {
        applying = true
        worker.postMessage({ type: 'SKIP_WAITING' })
      },
    })
  if (registration.waiting && sw.controller) offer(registration.waiting)
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && sw.controller) offer(worker)
    })
  })
  // A meeting-room PC keeps one tab open for days: look for a new version now and then.
  setInterval(() => void registration.update().catch(() => {}), 60 * 60_000)
}
