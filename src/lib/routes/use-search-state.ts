import { useCallback, useMemo } from 'react'
import { useLocation, useSearch } from 'wouter'
import { parseSearch, type Spec, stringifySearch, type Values } from './params'
import { hrefOf, type Route, routeAt } from './routes'
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

/** View state owned by the URL: parse it (forgivingly), and write it back as a new history entry. */
export function useSearchState<S extends Spec>(spec: S) {
  const search = useSearch()
  const [path] = useLocation()
  const href = useHref()
  const go = useGo()
  const { values, rejected } = useMemo(() => parseSearch(search, spec), [search, spec])
  /** This screen with the view state changed by `patch`. */
  const at = useCallback(
    (patch: Partial<Values<S>>): Route => routeAt(path, stringifySearch({ ...values, ...patch }, spec)),
    [path, values, spec],
  )
  const update = useCallback(
    (patch: Partial<Values<S>>, options: { replace?: boolean } = {}) => go(at(patch), options),
    [go, at],
  )
  return {
    values,
    rejected,
    update,
    at,
    href: useCallback((patch: Partial<Values<S>>) => href(at(patch)), [href, at]),
  }
}
