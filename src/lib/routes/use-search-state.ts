import { useCallback, useMemo } from 'react'
import { useLocation, useSearch } from 'wouter'
import { currentSearch, useSearchHeld } from './hash-location'
import { parseSearch, type Spec, stringifySearch, type Values } from './params'
import { type Route, routeAt } from './routes'
import { useGo, useHref } from './use-href'

/**
 * View state owned by the URL: parse it (forgivingly), and write it back as a new history entry.
 * `view` is the part that differs from the spec's defaults, written out: what a link to this view on
 * another path needs to say (a project's page keeps the list's filters).
 */
export function useSearchState<S extends Spec>(spec: S) {
  const search = useSearch()
  const [path] = useLocation()
  const href = useHref()
  const go = useGo()
  const { values, rejected } = useMemo(() => parseSearch(search, spec), [search, spec])
  const view = useMemo(() => stringifySearch(values, spec), [values, spec])
  /** This screen with the view state changed by `patch`. */
  const at = useCallback(
    (patch: Partial<Values<S>>): Route => routeAt(path, stringifySearch({ ...values, ...patch }, spec)),
    [path, values, spec],
  )
  // While a hydrated screen still shows the build's view (its link's query on the way), a change
  // starts from the link's query, not from the view shown: what the change does not touch stays.
  // (Links keep the view shown: they are what the build rendered until the query is applied.)
  const held = useSearchHeld()
  const update = useCallback(
    (patch: Partial<Values<S>>, options: { replace?: boolean } = {}) => {
      const base = held ? parseSearch(currentSearch(), spec).values : values
      go(routeAt(path, stringifySearch({ ...base, ...patch }, spec)), options)
    },
    [go, path, values, spec, held],
  )
  const hrefTo = useCallback((patch: Partial<Values<S>>) => href(at(patch)), [href, at])
  return { values, view, rejected, update, at, href: hrefTo }
}
