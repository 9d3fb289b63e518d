import type { Fact, Report } from '../dataset/schema'
import { type AreaDetail, type AreaModel, areasOf, withQuotes } from './areas'
import { factIndex } from './facts'
import { type HeadlineTile, headlinesOf } from './headlines'
import { type IndicatorRow, indicatorsOf } from './indicators'
import { perReport } from './per-report'
import { type PipelineModel, pipelineOf } from './pipeline'
import { type QuantityTarget, targetsOf } from './plan-targets'
import { type ProjectsModel, projectsOf } from './projects'

// The one model of a report that every screen and slide reads: each domain view is worked out here,
// once per report (a parsed report is never changed, so the views are cached on it), and nowhere
// else. Pure: no React, no DOM. Screens render what it gives; they do not recompute it. Each view's
// module also exports its cached accessor (indicatorsOf, headlinesOf …), the same cache: the
// Overview, on the first paint, imports only the two it draws instead of this whole module.
//   indicators  the headline indicators with gap and implied level (Overview, Targets, deck)
//   pipeline    the report's stage counts: 签约 → 落地; 开复工 → its parts (Projects, deck)
//   projects    the named projects counted by sector and stage (Projects, deck)
//   areas       every area with its figures, derived figures and projects (Areas, area pages, deck)
//   headlines   the Overview's headline counts
//   targets     the plan's quantity targets (Targets, later monitoring)

export type ReportModel = {
  readonly report: Report
  readonly indicators: IndicatorRow[]
  readonly pipeline: PipelineModel
  readonly projects: ProjectsModel
  readonly areas: AreaModel[]
  readonly headlines: HeadlineTile[]
  readonly targets: QuantityTarget[]
  readonly facts: Map<string, Fact>
  area(id: string): AreaModel | undefined
  /** An area with its quotes in the order of the report text. */
  areaDetail(id: string, text?: string): AreaDetail | undefined
}

const areaIndex = perReport((report: Report) => new Map(areasOf(report).map((a) => [a.area.id, a])))

function build(report: Report): ReportModel {
  const byArea = () => areaIndex(report)
  return {
    report,
    get indicators() {
      return indicatorsOf(report)
    },
    get pipeline() {
      return pipelineOf(report)
    },
    get projects() {
      return projectsOf(report)
    },
    get areas() {
      return areasOf(report)
    },
    get headlines() {
      return headlinesOf(report)
    },
    get targets() {
      return targetsOf(report)
    },
    get facts() {
      return factIndex(report)
    },
    area: (id) => byArea().get(id),
    areaDetail: (id, text) => {
      const area = byArea().get(id)
      return area && withQuotes(area, text)
    },
  }
}

/** The model of a report: the same object for the same parsed report. */
export const reportModel = perReport(build)

export type { AreaDetail, AreaFact, AreaModel, AreaQuote } from './areas'
export type { Comparison, ComparisonRow } from './comparisons'
export type { PeriodTag } from './facts'
export type { HeadlineItem, HeadlineKey, HeadlineTile } from './headlines'
export type { GapDirection, IndicatorRow, NoImplied } from './indicators'
export type { LeadFigure, LeadLevel } from './lead-figures'
export type { PipelineModel } from './pipeline'
export type { QuantityTarget } from './plan-targets'
export type { ProjectRow, ProjectsModel, SectorBar, StageBar } from './projects'
