import { useCallback, useLayoutEffect, useMemo, useRef } from 'react'
import { useTrailingValue } from '@/components/trailing-value'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { useSearchState } from '@/lib/routes/use-search-state'
import { messages } from '../i18n'
import { type Filters, filtersOf, projectsSpec } from '../model/filter-spec'
import { applyFilters, prepareRows } from '../model/rows'
import { sortRows } from '../model/sort'
import { listView } from '../model/view'

/**
 * The filters parsed from the URL, the same object for as long as they mean the same thing: a change
 * of sort or chart measure (or a re-parse of an equal URL) must not look like a filter change to the
 * memoised model and the memoised charts below.
 */
function useStableFilters(next: Filters): Filters {
  const key = JSON.stringify(next)
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the filters' content on purpose
  return useMemo(() => next, [key])
}

/** The Projects screen's state (all in the URL) and the list the model builds from it. */
export function useProjectsView(report: Report) {
  const { lang } = useT(messages)
  const search = useSearchState(projectsSpec)
  const { values } = search
  // Once per dataset: rows with their lower-cased search text; once per sort choice: the order.
  const rows = useMemo(() => prepareRows(report), [report])
  const sorted = useMemo(
    () => sortRows(rows, values.sort, values.dir, lang),
    [rows, values.sort, values.dir, lang],
  )
  const filters = useStableFilters(filtersOf(values))
  // Per filter change only this: one pass over the sorted rows.
  const list = useMemo(
    () => listView(rows, applyFilters(sorted, filters, lang), filters, lang),
    [rows, sorted, filters, lang],
  )
  // The table answers a filter change first; charts and totals get these trailing values and follow
  // in an interruptible background render (they are memoised on them, so the first render skips them),
  // also when the change is itself a transition (a filtered link's query, applied after hydration).
  const deferred = useTrailingValue(
    useMemo(() => ({ filters, visible: list.visible }), [filters, list.visible]),
  )
  return { ...search, rows, filters, list, deferred }
}

export type ProjectsSearch = ReturnType<typeof useProjectsView>

/**
 * A callback whose identity never changes but which always sees the latest render's values, so the
 * memoised charts are not re-rendered just because a handler was re-created.
 */
export function useLatest<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  const ref = useRef(fn)
  useLayoutEffect(() => {
    ref.current = fn
  })
  return useCallback((...args: A) => ref.current(...args), [])
}
