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

// The build prerenders the Overview ('/', no query) into index.html (src/app/prerender.tsx): that
// is the location the server render sees, and the one hydration must start from. Straight after
// hydrating, React reads the real hash and re-renders if it differs.
const PRERENDERED_PATH = () => '/'
const PRERENDERED_SEARCH = () => ''

export function useHashLocation(): [string, typeof navigate] {
  return [useSyncExternalStore(subscribe, currentPath, PRERENDERED_PATH), navigate]
}
useHashLocation.hrefs = (href: string) => `#${href}`
useHashLocation.searchHook = function useHashSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch, PRERENDERED_SEARCH)
}
