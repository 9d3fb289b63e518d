import { useMemo } from 'react'
import { useTrailingValue } from '@/components/trailing-value'
import { useT } from '@/lib/i18n'
import { filterJoined, type JoinedFilters, type JoinedList } from '@/lib/ledger-model'
import { useSearchState } from '@/lib/routes/use-search-state'
import { projectsSpec } from '../model/filter-spec'
import { joinedFiltersOf, sortJoined } from '../model/joined-view'

/** Same filters, same object: a sort change must not look like a filter change to the memoised charts. */
function useStable(next: JoinedFilters): JoinedFilters {
  const key = JSON.stringify(next)
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the filters' content on purpose
  return useMemo(() => next, [key])
}

/** The joined list's state (all in the URL) and the rows it shows. */
export function useJoinedView(list: JoinedList) {
  const { lang } = useT()
  const search = useSearchState(projectsSpec)
  const { values } = search
  const sorted = useMemo(
    () => sortJoined(list.rows, values.order, values.odir, lang),
    [list.rows, values.order, values.odir, lang],
  )
  const filters = useStable(joinedFiltersOf(values))
  const visible = useMemo(() => filterJoined(sorted, filters), [sorted, filters])
  // The table answers first; charts, counts and the red list follow in a render of their own.
  const deferred = useTrailingValue(useMemo(() => ({ filters, visible }), [filters, visible]))
  return { ...search, rows: list.rows, filters, visible, deferred }
}

export type JoinedSearch = ReturnType<typeof useJoinedView>
