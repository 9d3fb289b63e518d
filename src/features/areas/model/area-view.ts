import type { Derived, Report } from '@/lib/dataset/schema'
import { type AreaDetail, reportModel } from '@/lib/report-model'
import { type Comparison, comparisons } from '@/lib/report-model/comparisons'

export type AreaView = AreaDetail & {
  comparisons: Comparison[]
  /** Derived figures not already shown beside the chart they belong to. */
  looseDerived: Derived[]
}

/** What the page of one area shows: the model's area, its charts, and the rest; null for an unknown id. */
export function areaView(report: Report, id: string, text: string): AreaView | null {
  const detail = reportModel(report).areaDetail(id, text)
  if (!detail) return null
  const charts = comparisons(
    report,
    detail.facts.map((f) => f.fact),
    text,
  )
  const charted = new Set(charts.flatMap((c) => c.derived.map((d) => d.id)))
  return { ...detail, comparisons: charts, looseDerived: detail.derived.filter((d) => !charted.has(d.id)) }
}
