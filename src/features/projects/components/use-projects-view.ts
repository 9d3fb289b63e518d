import { useDeferredValue, useMemo } from 'react'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { useSearchState } from '@/lib/url/use-search-state'
import { filtersOf, projectsSpec } from '../model/filter-spec'
import { applyFilters, prepareRows } from '../model/rows'
import { sortRows } from '../model/sort'
import { chartsView, listView, type ProjectsView } from '../model/view'

/** The Projects screen's state (all in the URL) and the view the model builds from it. */
export function useProjectsView(report: Report) {
  const { t, lang } = useT('projects')
  const search = useSearchState(projectsSpec)
  const { values } = search
  const rows = useMemo(() => prepareRows(report), [report])
  const sorted = useMemo(
    () => sortRows(rows, values.sort, values.dir, lang, (r) => t(`sector.${r.project.sector}`)),
    [rows, values.sort, values.dir, lang, t],
  )
  const filters = useMemo(() => filtersOf(values), [values])
  const list = useMemo(
    () => listView(rows, applyFilters(sorted, filters, lang), filters, lang),
    [rows, sorted, filters, lang],
  )
  // The table answers a filter change first; charts and totals follow in a deferred, interruptible
  // render, so on 100,000 rows a click never waits for the charts (React's useDeferredValue).
  const deferredFilters = useDeferredValue(filters)
  const deferredList = useDeferredValue(list)
  const charts = useMemo(
    () => chartsView(report, rows, deferredList.visible, deferredFilters, lang),
    [report, rows, deferredList, deferredFilters, lang],
  )
  const view: ProjectsView = { ...list, ...charts }
  return { ...search, rows, filters, view }
}

export type ProjectsSearch = ReturnType<typeof useProjectsView>
