import { useCallback, useMemo } from 'react'
import { useLocation, useSearch } from 'wouter'
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
  const update = useCallback(
    (patch: Partial<Values<S>>, options: { replace?: boolean } = {}) => go(at(patch), options),
    [go, at],
  )
  const hrefTo = useCallback((patch: Partial<Values<S>>) => href(at(patch)), [href, at])
  return { values, view, rejected, update, at, href: hrefTo }
}
