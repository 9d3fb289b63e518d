import type { Report } from '@/lib/dataset/schema'
import type { Lang } from '@/lib/format/quantity'
import { type EmptyReason, emptyReason } from './clauses'
import type { Filters } from './filter-spec'
import { bySector, byStage, type SectorBar, type StageBar } from './group'
import { applyFilters, type Row } from './rows'
import { type InvestmentComparison, investmentComparison, type PipelineRow, pipelineRows } from './totals'

export type ProjectsView = {
  /** Rows passing every filter, in the chosen order. */
  visible: Row[]
  total: number
  /** Cross-filtering: each chart ignores its own dimension so its other bars stay clickable. */
  sectorBars: SectorBar[]
  stageBars: StageBar[]
  pipeline: PipelineRow[]
  investment: InvestmentComparison | null
  empty: EmptyReason | null
}

/**
 * Everything the Projects screen draws, from the report, the prepared rows and the filters.
 * `sorted` is `rows` already in the chosen order (sorting is memoised apart from filtering).
 */
export function projectsView(
  report: Report,
  rows: readonly Row[],
  sorted: readonly Row[],
  filters: Filters,
  lang: Lang,
): ProjectsView {
  const visible = applyFilters(sorted, filters, lang)
  return { ...listView(rows, visible, filters, lang), ...chartsView(report, rows, visible, filters, lang) }
}

/** What the list needs: the rows, the count, and why it is empty if it is. */
export function listView(rows: readonly Row[], visible: Row[], filters: Filters, lang: Lang) {
  return { visible, total: rows.length, empty: emptyReason(rows, filters, lang, visible.length) }
}

/** What the charts and totals need. */
export function chartsView(
  report: Report,
  rows: readonly Row[],
  visible: readonly Row[],
  filters: Filters,
  lang: Lang,
) {
  return {
    sectorBars: bySector(applyFilters(rows, filters, lang, ['sector']), filters.sector),
    stageBars: byStage(applyFilters(rows, filters, lang, ['stage']), filters.stage),
    pipeline: pipelineRows(report, visible),
    investment: investmentComparison(report, visible),
  }
}
