import {
  createContext,
  createElement,
  type ReactNode,
  startTransition,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
} from 'react'

// Every view lives in the hash (#/projects?sector=energy), so one link works on any static host
// and from file:// (the single-file build on a USB stick) alike, with no server rewrite rules.

function subscribe(callback: () => void) {
  addEventListener('hashchange', callback)
  addEventListener('popstate', callback)
  return () => {
    removeEventListener('hashchange', callback)
    removeEventListener('popstate', callback)
  }
}

function hashBody(): string {
  return location.hash.replace(/^#/, '')
}

export function currentPath(): string {
  const body = hashBody()
  const q = body.indexOf('?')
  const path = q < 0 ? body : body.slice(0, q)
  return path.startsWith('/') ? path : `/${path}`
}

export function currentSearch(): string {
  const body = hashBody()
  const q = body.indexOf('?')
  return q < 0 ? '' : body.slice(q + 1)
}

export function navigate(to: string, options: { replace?: boolean } = {}) {
  const url = new URL(location.href)
  url.hash = to.startsWith('/') ? to : `/${to}`
  if (url.href === location.href) return
  history[options.replace ? 'replaceState' : 'pushState'](null, '', url.href)
  dispatchEvent(new HashChangeEvent('hashchange'))
}

// A render without a browser location (the build-time prerender, and the hydration of the HTML it
// made: src/app/prerender) sees this location; whoever renders on the server says which it is.
let serverLocation = { path: '/', search: '' }

export function setServerLocation(path: string, search = '') {
  serverLocation = { path, search }
}
const serverPath = () => serverLocation.path
const serverSearch = () => serverLocation.search

export function useHashLocation(): [string, typeof navigate] {
  return [useSyncExternalStore(subscribe, currentPath, serverPath), navigate]
}
useHashLocation.hrefs = (href: string) => `#${href}`

// A hydrated screen takes its link's query (its filters, a highlight) only after hydrating, and as a
// transition: rendered in slices that leave the main thread free, hydrating what is still to hydrate
// on the way. Read straight from the store, the query would differ from the rendered one the moment
// React subscribes, and a store's change re-renders at once, in one task (a filtered Projects link:
// the whole screen, 100 ms and more on an old PC). So while the screen is taken over, the search
// reads as rendered (SearchRelease holds it), and SearchRelease then lets go of it in a transition.
let holdAtStart = false
let applied: () => void = () => {}
/** Resolves once the screen has rendered with the link's own query (at the first commit when nothing was held). */
export const searchApplied = new Promise<void>((resolve) => {
  applied = resolve
})

/** For the hydration of prerendered HTML: the first render reads the search the build rendered. */
export function holdSearchUntilHydrated() {
  holdAtStart = true
}

const Held = createContext(false)

/**
 * True while the screen still shows the search the build rendered (the link's query is on its way):
 * what acts on the query itself (writes it back, or takes the keys pressed meanwhile) waits for it.
 */
export const useSearchHeld = () => useContext(Held)

/** Around the router: holds the search back while a hydration asks so, then lets go of it. */
export function SearchRelease({ children }: { children: ReactNode }) {
  const [held, setHeld] = useState(() => holdAtStart)
  useEffect(() => {
    if (held) {
      holdAtStart = false
      startTransition(() => setHeld(false))
    } else applied()
  }, [held])
  return createElement(Held.Provider, { value: held }, children)
}

useHashLocation.searchHook = function useHashSearch(): string {
  return useSyncExternalStore(subscribe, useSearchHeld() ? serverSearch : currentSearch, serverSearch)
}
