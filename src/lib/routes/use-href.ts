import { useCallback, useMemo } from 'react'
import { useLocation, useRouter, useSearch } from 'wouter'
import { hrefOf, type Route } from './routes'
import { carriedOf, type Shared } from './shared'

/** The parameters every link inside the app carries (the report it shows), read from the URL. */
export function useCarried(): Shared {
  const search = useSearch()
  return useMemo(() => carriedOf(search), [search])
}

/** A route's href with the current report carried along: for <a>, <Link> and navigate(). */
export function useHref(): (to: Route) => string {
  const carried = useCarried()
  return useCallback((to: Route) => hrefOf(to, carried), [carried])
}

/**
 * A route's href as a plain <a> takes it, written by the router as its <Link> writes it (the hash the
 * app's location reads): for the rows of a long list, where a <Link> each would subscribe every row
 * to the location. The router itself is read from context, with no subscription.
 */
export function useAnchorHref(): (to: Route) => string {
  const href = useHref()
  const router = useRouter()
  return useCallback((to: Route) => router.hrefs(router.base + href(to), router), [href, router])
}

/** Goes to a route, keeping the current report. */
export function useGo(): (to: Route, options?: { replace?: boolean }) => void {
  const [, navigate] = useLocation()
  const href = useHref()
  return useCallback((to, options) => navigate(href(to), options), [navigate, href])
}
