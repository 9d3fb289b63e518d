import type { Fact, LabelText, Report } from '@/lib/dataset/schema'
import { reportModel } from '@/lib/report-model'

/** One area's figure in the Overview's bottom band. */
export type BandFigure = { areaId: string; area: LabelText; fact: Fact }

/**
 * The Overview's band of areas (shown where a large screen leaves room): per area, in the report's
 * order, its first lead figure (the Areas index's rule, lead-figures.ts) that the Overview does not
 * already show in its indicator cards or headline tiles; an area whose lead figures are all on the
 * screen already, or that has none, is left out.
 */
export function bandFigures(report: Report): BandFigure[] {
  const shown = new Set<string>()
  for (const i of report.indicators) {
    if (i.actual) shown.add(i.actual.id)
    shown.add(i.growth.id)
    shown.add(i.target.id)
  }
  const model = reportModel(report)
  for (const tile of model.headlines) for (const item of tile.items) shown.add(item.fact.id)
  return model.areas.flatMap(({ area, lead }) => {
    const first = lead.find((l) => !shown.has(l.fact.id))
    return first ? [{ areaId: area.id, area: area.label, fact: first.fact }] : []
  })
}
