import type {
  Area,
  Derived,
  Indicator,
  Metric,
  PipelineStage,
  PlanTask,
  Problem,
  Project,
  Report,
  Sector,
  Stage,
} from '@/lib/dataset/schema'

// The deck is built from the dataset alone: which slides exist, in which default order, and what
// each one shows. Components only draw a Slide; nothing here touches the DOM.

/** How many area slides the default deck shows (the areas with the most metrics). */
export const DEFAULT_AREA_SLIDES = 4
/** An area slide shows at most this many metrics, so the numbers stay projector-sized. */
export const MAX_AREA_METRICS = 9

export type KpiRow = { indicator: Indicator; gap: Derived | undefined }
export type TargetRow = { id: string; label: Indicator['label']; growth: number; target: number }
export type CountRow<K extends string> = { key: K; count: number }

export type Slide =
  | { kind: 'title'; id: 'title'; report: Pick<Report, 'title' | 'county' | 'province' | 'year'> }
  | { kind: 'kpis'; id: 'kpis'; rows: KpiRow[] }
  | { kind: 'targets'; id: 'targets'; rows: TargetRow[]; indicators: Indicator[] }
  | {
      kind: 'projects'
      id: 'projects'
      bySector: CountRow<Sector>[]
      byStage: CountRow<Stage>[]
      named: number
      pipeline: PipelineView
    }
  | { kind: 'area'; id: `area-${string}`; area: Area; metrics: Metric[]; more: number }
  | { kind: 'problems'; id: 'problems'; problems: Problem[] }
  | { kind: 'tasks'; id: 'tasks'; tasks: PlanTask[]; truncation: Report['plan']['truncation'] }

export type SlideKind = Slide['kind']

/** The report's own stage totals: 签约 → 落地, and 开复工 with its three subsets. */
export type PipelineView = {
  funnel: PipelineStage[] // signed → landed
  started: PipelineStage | undefined
  parts: PipelineStage[] // subsets of started
  rest: Derived | undefined // started − Σ parts, computed here
}

export const areaSlideId = (areaId: string) => `area-${areaId}` as const

/** The gap derived item for an indicator: target − 2022 growth, as the dataset computed it. */
function gapFor(report: Report, ind: Indicator): Derived | undefined {
  return report.derived.find(
    (d) =>
      d.op === 'difference' &&
      d.unit === '百分点' &&
      d.inputs[0] === ind.target.id &&
      d.inputs[1] === ind.growth.id,
  )
}

function countBy<K extends string>(items: readonly Project[], key: (p: Project) => K): CountRow<K>[] {
  const counts = new Map<K, number>()
  for (const p of items) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1)
  return [...counts].map(([k, count]) => ({ key: k, count })).sort((a, b) => b.count - a.count)
}

export function pipelineView(report: Report): PipelineView {
  const by = (s: Stage) => report.pipeline.find((p) => p.stage === s && !p.parent)
  const started = by('started')
  const parts = report.pipeline.filter((p) => p.parent === 'started')
  const partIds = new Set(parts.map((p) => p.count.id))
  // The parts' sum may be cited directly or through a derived sum of them.
  for (const d of report.derived)
    if (d.op === 'sum' && d.inputs.every((i) => partIds.has(i)) && d.inputs.length === parts.length)
      partIds.add(d.id)
  const rest = started
    ? report.derived.find(
        (d) =>
          d.op === 'difference' &&
          d.inputs[0] === started.count.id &&
          d.inputs.slice(1).every((i) => partIds.has(i)),
      )
    : undefined
  const funnel = [by('signed'), by('landed')].filter((p): p is PipelineStage => Boolean(p))
  return { funnel, started, parts, rest }
}

/** Areas that have metrics, most metrics first (ties keep the report's order). */
export function rankedAreas(report: Report): { area: Area; metrics: Metric[] }[] {
  return report.areas
    .map((area, order) => ({ area, order, metrics: report.metrics.filter((m) => m.areaId === area.id) }))
    .filter((a) => a.metrics.length > 0)
    .sort((a, b) => b.metrics.length - a.metrics.length || a.order - b.order)
    .map(({ area, metrics }) => ({ area, metrics }))
}

/** Every slide the report can fill, in the deck's natural order. */
export function buildSlides(report: Report): Slide[] {
  const slides: Slide[] = [
    {
      kind: 'title',
      id: 'title',
      report: { title: report.title, county: report.county, province: report.province, year: report.year },
    },
  ]
  if (report.indicators.length) {
    slides.push({
      kind: 'kpis',
      id: 'kpis',
      rows: report.indicators.map((i) => ({ indicator: i, gap: gapFor(report, i) })),
    })
    slides.push({
      kind: 'targets',
      id: 'targets',
      indicators: report.indicators,
      rows: report.indicators.map((i) => ({
        id: i.id,
        label: i.label,
        growth: i.growth.value,
        target: i.target.value,
      })),
    })
  }
  if (report.projects.length || report.pipeline.length) {
    slides.push({
      kind: 'projects',
      id: 'projects',
      bySector: countBy(report.projects, (p) => p.sector),
      byStage: countBy(report.projects, (p) => p.stage),
      named: report.projects.length,
      pipeline: pipelineView(report),
    })
  }
  // Areas follow the report's order in the deck; the ranking only decides which are on by default.
  const withMetrics = new Set(rankedAreas(report).map((a) => a.area.id))
  for (const area of report.areas) {
    if (!withMetrics.has(area.id)) continue
    const metrics = report.metrics.filter((m) => m.areaId === area.id)
    slides.push({
      kind: 'area',
      id: areaSlideId(area.id),
      area,
      metrics: metrics.slice(0, MAX_AREA_METRICS),
      more: Math.max(0, metrics.length - MAX_AREA_METRICS),
    })
  }
  if (report.problems.length) slides.push({ kind: 'problems', id: 'problems', problems: report.problems })
  if (report.plan.tasks.length)
    slides.push({ kind: 'tasks', id: 'tasks', tasks: report.plan.tasks, truncation: report.plan.truncation })
  return slides
}

/** The default selection: every non-area slide plus the areas with the most metrics, in deck order. */
export function defaultSelection(report: Report, areaCount = DEFAULT_AREA_SLIDES): string[] {
  const top = new Set(
    rankedAreas(report)
      .slice(0, areaCount)
      .map((a) => areaSlideId(a.area.id)),
  )
  return buildSlides(report)
    .filter((s) => s.kind !== 'area' || top.has(s.id))
    .map((s) => s.id)
}
