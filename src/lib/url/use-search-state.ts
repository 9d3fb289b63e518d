import { useCallback, useMemo } from 'react'
import { useLocation, useSearch } from 'wouter'
import { parseSearch, type Spec, stringifySearch, type Values } from './params'

const CARRIED = ['report'] as const

/** View state owned by the URL: parse it (forgivingly), and write it back as a new history entry. */
export function useSearchState<S extends Spec>(spec: S) {
  const search = useSearch()
  const [path, navigate] = useLocation()
  const { values, rejected } = useMemo(() => parseSearch(search, spec, CARRIED), [search, spec])
  const carry = useMemo(() => {
    const params = new URLSearchParams(search)
    const out: Record<string, string> = {}
    for (const key of CARRIED) {
      const v = params.get(key)
      if (v) out[key] = v
    }
    return out
  }, [search])

  const href = useCallback(
    (patch: Partial<Values<S>>, to: string = path) => {
      const qs = stringifySearch({ ...values, ...patch }, spec, carry)
      return qs ? `${to}?${qs}` : to
    },
    [values, spec, carry, path],
  )
  const update = useCallback(
    (patch: Partial<Values<S>>, options: { replace?: boolean } = {}) => navigate(href(patch), options),
    [navigate, href],
  )
  return { values, rejected, update, href }
}
