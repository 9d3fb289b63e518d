import { useMemo } from 'react'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { useSearchState } from '@/lib/url/use-search-state'
import { filtersOf, projectsSpec } from '../model/filter-spec'
import { prepareRows } from '../model/rows'
import { sortRows } from '../model/sort'
import { projectsView } from '../model/view'

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
  const view = useMemo(
    () => projectsView(report, rows, sorted, filters, lang),
    [report, rows, sorted, filters, lang],
  )
  return { ...search, rows, filters, view }
}

export type ProjectsSearch = ReturnType<typeof useProjectsView>
