import type { Fact, Report } from '../dataset/schema'
import { type AreaDetail, type AreaModel, areaModels, withQuotes } from './areas'
import { factIndex } from './facts'
import { type HeadlineTile, headlineTiles } from './headlines'
import { type IndicatorRow, indicatorRows } from './indicators'
import { type PipelineModel, pipelineModel } from './pipeline'
import { type QuantityTarget, quantityTargets } from './plan-targets'
import { type ProjectsModel, projectsModel } from './projects'

// The one model of a report that every screen and slide reads: each domain view is worked out here,
// once per report (a parsed report is never changed, so the views are cached on it), and nowhere
// else. Pure: no React, no DOM. Screens render what it gives; they do not recompute it.
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

/** Computes a view the first time it is read, then keeps it. */
function lazy<T>(make: () => T): () => T {
  let value: { v: T } | undefined
  return () => {
    value ??= { v: make() }
    return value.v
  }
}

function build(report: Report): ReportModel {
  const indicators = lazy(() => indicatorRows(report))
  const pipeline = lazy(() => pipelineModel(report))
  const projects = lazy(() => projectsModel(report))
  const areas = lazy(() => areaModels(report))
  const headlines = lazy(() => headlineTiles(report))
  const targets = lazy(() => quantityTargets(report))
  const byArea = lazy(() => new Map(areas().map((a) => [a.area.id, a])))
  return {
    report,
    get indicators() {
      return indicators()
    },
    get pipeline() {
      return pipeline()
    },
    get projects() {
      return projects()
    },
    get areas() {
      return areas()
    },
    get headlines() {
      return headlines()
    },
    get targets() {
      return targets()
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

const cache = new WeakMap<Report, ReportModel>()

/** The model of a report: the same object for the same parsed report. */
export function reportModel(report: Report): ReportModel {
  let model = cache.get(report)
  if (!model) {
    model = build(report)
    cache.set(report, model)
  }
  return model
}

export type { AreaDetail, AreaFact, AreaModel, AreaQuote } from './areas'
export type { Comparison, ComparisonRow } from './comparisons'
export type { PeriodTag } from './facts'
export type { HeadlineItem, HeadlineKey, HeadlineTile } from './headlines'
export type { GapDirection, IndicatorRow, NoImplied } from './indicators'
export type { PipelineModel } from './pipeline'
export type { QuantityTarget } from './plan-targets'
export type { ProjectRow, ProjectsModel, SectorBar, StageBar } from './projects'
