import type { Area, Derived, PlanTask, Problem, Project, Report, Sector } from '@/lib/dataset/schema'
import {
  behindList,
  type GroupBar,
  type JoinedList,
  type JoinedRow,
  type LightCounts,
  lightCounts,
  planBySector,
} from '@/lib/ledger-model'
import type { Board } from '@/lib/monitoring/board'
import {
  type AreaFact,
  type AreaModel,
  type IndicatorRow,
  type PipelineModel,
  reportModel,
  type SectorBar,
  type StageBar,
} from '@/lib/report-model'
import { elapsedAt } from '@/lib/status/time-elapsed'

// The deck is built from the report model alone: which slides exist, in which default order, and
// what each one shows. Every figure comes from the same view a screen shows (an area's slide holds
// its page's figures); components only draw a Slide. Nothing here touches the DOM.

/** How many area slides the default deck shows. */
export const DEFAULT_AREA_SLIDES = 4
/** An area slide shows at most this many figures, so the numbers stay projector-sized. */
export const MAX_AREA_FIGURES = 12

/** One figure of an area slide: stated, or derived from the area's own figures. */
export type AreaFigure = { kind: 'fact'; item: AreaFact } | { kind: 'derived'; item: Derived }

export type Slide =
  | { kind: 'title'; id: 'title'; report: Pick<Report, 'title' | 'county' | 'province' | 'year'> }
  | { kind: 'kpis'; id: 'kpis'; rows: IndicatorRow[] }
  | { kind: 'targets'; id: 'targets'; rows: IndicatorRow[] }
  /** The year's status of every target and the red list; only when there are figures (issue 11). */
  | { kind: 'monitor'; id: 'monitor'; board: Board }
  | {
      kind: 'projects'
      id: 'projects'
      bySector: SectorBar[]
      byStage: StageBar[]
      named: number
      pipeline: PipelineModel
    }
  | {
      kind: 'area'
      id: `area-${string}`
      area: Area
      figures: AreaFigure[]
      more: number
      /** The area's named projects (investments where stated), largest first. */
      projects: Project[]
      /** The report's pipeline counts in stage order (签约, 落地 …): an area holding them leads with them. */
      stageFactIds: string[]
    }
  | {
      kind: 'ledger'
      id: 'ledger'
      file: string
      asOf: string
      /** Time elapsed at the as-of date, % (what each completion is judged against). */
      elapsed: number
      counts: LightCounts
      /** Plan vs completed by sector ('' = 行业 words mapped to no sector), 万元. */
      bySector: GroupBar<Sector | ''>[]
      /** The projects furthest behind, worst first. */
      behind: (JoinedRow & {
        status: NonNullable<JoinedRow['status']> & { light: 'red' | 'yellow' | 'green' }
      })[]
      behindTotal: number
    }
  | { kind: 'problems'; id: 'problems'; problems: Problem[] }
  | { kind: 'tasks'; id: 'tasks'; tasks: PlanTask[]; truncation: Report['plan']['truncation'] }

export type SlideKind = Slide['kind']

export const areaSlideId = (areaId: string) => `area-${areaId}` as const

function figuresOf(area: AreaModel): AreaFigure[] {
  return [
    ...area.facts.map((item): AreaFigure => ({ kind: 'fact', item })),
    ...area.derived.map((item): AreaFigure => ({ kind: 'derived', item })),
  ]
}

/**
 * Areas for the default deck, most figures first (ties keep the report's order). Figures the KPI and
 * projects slides already show (the headline indicators, the pipeline counts) do not count: an area
 * made only of them would repeat those slides.
 */
export function rankedAreas(report: Report): AreaModel[] {
  const model = reportModel(report)
  const elsewhere = new Set([
    ...model.indicators.flatMap((i) => [i.actual?.id, i.growth.id, i.target.id]),
    ...model.pipeline.stages.flatMap((p) => [p.count.id, p.investment?.id]),
  ])
  const own = (a: AreaModel) => a.facts.filter((f) => !elsewhere.has(f.fact.id)).length
  return model.areas
    .map((a, order) => ({ a, order, n: own(a) }))
    .filter(({ n }) => n > 0)
    .sort((x, y) => y.n - x.n || x.order - y.order)
    .map(({ a }) => a)
}

/** What the user brought that has a slide: monitoring figures (`board`) and the county's ledger. */
export type UserFigures = { board?: Board | null; ledger?: JoinedList | null }

/** How many projects the ledger slide's red list shows, so the names stay projector-sized. */
export const LEDGER_RED_LIST = 8

/** The county's ledger as a slide: how many projects per light, completion by sector, the red list. */
export function ledgerSlide(list: JoinedList): Extract<Slide, { kind: 'ledger' }> | null {
  const snapshot = list.ledger?.snapshot
  if (!snapshot) return null
  const behind = behindList(list.rows)
  return {
    kind: 'ledger',
    id: 'ledger',
    file: snapshot.file,
    asOf: snapshot.asOf,
    elapsed: elapsedAt(snapshot.asOf) * 100,
    counts: lightCounts(list.rows),
    bySector: planBySector(list.rows, [], null).filter((b) => b.plan > 0),
    behind: behind.slice(0, LEDGER_RED_LIST) as Extract<Slide, { kind: 'ledger' }>['behind'],
    behindTotal: behind.length,
  }
}

/**
 * Every slide the report can fill, in the deck's natural order. With the user's monitoring figures
 * (`board`), the monitoring slide follows the targets: the year's status after what was promised; with
 * the county's ledger, its slide follows the projects.
 */
export function buildSlides(report: Report, user: UserFigures = {}): Slide[] {
  const { board = null, ledger = null } = user
  const model = reportModel(report)
  const slides: Slide[] = [
    {
      kind: 'title',
      id: 'title',
      report: { title: report.title, county: report.county, province: report.province, year: report.year },
    },
  ]
  if (model.indicators.length) {
    slides.push({ kind: 'kpis', id: 'kpis', rows: model.indicators })
    slides.push({ kind: 'targets', id: 'targets', rows: model.indicators })
  }
  if (board?.hasData) slides.push({ kind: 'monitor', id: 'monitor', board })
  if (report.projects.length || report.pipeline.length) {
    slides.push({
      kind: 'projects',
      id: 'projects',
      bySector: [...model.projects.bySector].sort((a, b) => b.count - a.count),
      byStage: [...model.projects.byStage].sort((a, b) => b.count - a.count),
      named: report.projects.length,
      pipeline: model.pipeline,
    })
  }
  const own = ledger ? ledgerSlide(ledger) : null
  if (own) slides.push(own)
  // Areas follow the report's order in the deck; the ranking only decides which are on by default.
  const stageFactIds = model.pipeline.stages.map((s) => s.count.id)
  for (const area of model.areas) {
    const figures = figuresOf(area)
    if (!figures.length) continue
    slides.push({
      kind: 'area',
      id: areaSlideId(area.area.id),
      area: area.area,
      figures: figures.slice(0, MAX_AREA_FIGURES),
      more: Math.max(0, figures.length - MAX_AREA_FIGURES),
      projects: [...area.projects].sort((a, b) => (b.investment?.value ?? -1) - (a.investment?.value ?? -1)),
      stageFactIds,
    })
  }
  if (report.problems.length) slides.push({ kind: 'problems', id: 'problems', problems: report.problems })
  if (report.plan.tasks.length)
    slides.push({ kind: 'tasks', id: 'tasks', tasks: report.plan.tasks, truncation: report.plan.truncation })
  return slides
}

/** The default selection: every non-area slide plus the top-ranked areas, in deck order. */
export function defaultSelection(
  report: Report,
  areaCount = DEFAULT_AREA_SLIDES,
  user: UserFigures = {},
): string[] {
  const top = new Set(
    rankedAreas(report)
      .slice(0, areaCount)
      .map((a) => areaSlideId(a.area.id)),
  )
  return buildSlides(report, user)
    .filter((s) => s.kind !== 'area' || top.has(s.id))
    .map((s) => s.id)
}
