import { useSyncExternalStore } from 'react'

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
// Straight after hydrating, React reads the real hash and re-renders if it differs.
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
useHashLocation.searchHook = function useHashSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch, serverSearch)
}
