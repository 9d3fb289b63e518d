/// <reference lib="webworker" />
// The service worker (built by vite-plugin-pwa's injectManifest into dist/sw.js; not in the single-file
// build, not in dev). It lets a meeting-room PC that loses the network open every screen after one
// visit, and keeps one version of the app together:
//  - the app's code and index.html are precached by content revision and served from the cache, so a
//    page never mixes chunks of two builds; a new build installs beside the old one and waits until the
//    user chooses to reload (./register.ts shows "已更新，点此刷新");
//  - the report data goes to the network first (a report corrected on the server shows at once) and
//    falls back to the copy fetched at install or on the last visit. A web page answered instead of a
//    data file (a host's SPA fallback) is never stored as data.
import { clientsClaim } from 'workbox-core'
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  type PrecacheEntry,
  precacheAndRoute,
} from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { NetworkFirst } from 'workbox-strategies'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] }

const BASE = import.meta.env.BASE_URL
const DATA_CACHE = 'report-data'
/** After this long without an answer the saved copy is used (the app itself gives up at 20 s). */
const NETWORK_WAIT_S = 6

const entries = self.__WB_MANIFEST.map((e) => (typeof e === 'string' ? { url: e, revision: null } : e))
const isData = (url: string) => url.startsWith('data/')
const dataUrls = entries.filter((e) => isData(e.url)).map((e) => new URL(e.url, self.location.href).href)

precacheAndRoute(entries.filter((e) => !isData(e.url)))
cleanupOutdatedCaches()

// Every screen is index.html (hash routes); the files the app fetches are not pages.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    denylist: [new RegExp(`^${BASE}(?:data|assets)/`)],
  }),
)

const isDataAnswer = (response: Response) =>
  response.ok && !(response.headers.get('content-type') ?? '').includes('text/html')

registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith(`${BASE}data/`),
  new NetworkFirst({
    cacheName: DATA_CACHE,
    networkTimeoutSeconds: NETWORK_WAIT_S,
    // Servers (vite preview among them) send Vary: Origin; whether a request carried an Origin
    // header must not hide the saved copy of a same-origin file.
    matchOptions: { ignoreVary: true },
    plugins: [{ cacheWillUpdate: async ({ response }) => (isDataAnswer(response) ? response : null) }],
  }),
)

// The data of this build, fetched now, so that screens not yet visited (the Source screen's text) open
// offline too. A failure here only leaves that file to the next visit.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(DATA_CACHE).then((cache) =>
      Promise.all(
        dataUrls.map(async (url) => {
          try {
            const response = await fetch(url, { cache: 'no-cache' })
            if (isDataAnswer(response)) await cache.put(url, response)
          } catch {
            // offline while installing: the network-first route fills it later
          }
        }),
      ),
    ),
  )
})

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting()
})

// The first install takes over the open page at once (there is no older version to mix with); an
// update only once the user asked for it (SKIP_WAITING above), and the page then reloads.
clientsClaim()
