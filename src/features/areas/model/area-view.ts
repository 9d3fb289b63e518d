import type { Derived, Report } from '@/lib/dataset/schema'
import { type AreaDetail, areaDetail } from './areas'
import { type Comparison, comparisons } from './comparisons'

export type AreaView = AreaDetail & {
  comparisons: Comparison[]
  /** Derived figures not already shown beside the chart they belong to. */
  looseDerived: Derived[]
}

/** What the page of one area shows; null for an unknown id. */
export function areaView(report: Report, id: string, text: string): AreaView | null {
  const detail = areaDetail(report, id, text)
  if (!detail) return null
  const charts = comparisons(
    report,
    detail.facts.map((f) => f.fact),
    text,
  )
  const charted = new Set(charts.flatMap((c) => c.derived.map((d) => d.id)))
  return { ...detail, comparisons: charts, looseDerived: detail.derived.filter((d) => !charted.has(d.id)) }
}
