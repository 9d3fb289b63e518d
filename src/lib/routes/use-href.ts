import { useCallback, useMemo } from 'react'
import { useLocation, useSearch } from 'wouter'
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

/** Goes to a route, keeping the current report. */
export function useGo(): (to: Route, options?: { replace?: boolean }) => void {
  const [, navigate] = useLocation()
  const href = useHref()
  return useCallback((to, options) => navigate(href(to), options), [navigate, href])
}
