// The monitoring board of one report and one year: for each target its latest cumulative figure, the
// light the stated rules give it, the trend by month and the red list. Pure: the Monitoring screen,
// the Overview's cards and the deck's slide all draw this and compute nothing themselves.
import type { Report } from '../dataset/schema'
import { cellUnitOf } from '../imports/cell-units'
import type { Light, Lit, StatusResult } from '../status/rules'
import type { ActualPoint, IndicatorSeries } from '../status/series'
import { indicatorSeries, redList } from '../status/series'
import { DEFAULT_THRESHOLDS, type Thresholds } from '../status/thresholds'
import type { ActualValue, Layer } from '../store'
import { type MonitorTarget, monitorTargetsOf } from './monitored'

/** One month of the trend: the measure the light judges (growth %, or progress % of the target). */
export type TrendPoint = { month: number; value: number }

export type BoardRow = {
  target: MonitorTarget
  series: IndicatorSeries
  status: StatusResult
  /** The stored figure the light judges (with its source), null before the first one. */
  latest: ActualValue | null
  /** Cumulative growth by month (growth targets) or progress in % of the target (amounts). */
  trend: TrendPoint[]
  /** Amounts: cumulative ÷ target and the time elapsed, both in %, at the latest month. */
  progress?: { percent: number; elapsed: number }
}

export type Counts = Record<Light | 'none', number>

export type Board = {
  reportId: string
  year: number
  layer: Layer
  thresholds: Thresholds
  rows: BoardRow[]
  /** Yellow and red, worst first (red before yellow, then the furthest behind). */
  behind: (BoardRow & { status: Lit })[]
  counts: Counts
  /** The latest cumulative period with any figure of the year: "数据截至1–6月". */
  asOf: { year: number; month: number } | null
  /** Years with figures (any target), newest first: the detail page offers them. */
  years: number[]
  /** Whether the layer holds any figure of the report at all (any year). */
  hasData: boolean
}

const slot = (id: string, year: number, month: number) => `${id}|${year}|${month}`

/**
 * The stored unit said in the target's terms: the importer keeps 户 for a target counted in 户主体 (the
 * dataset's name for "户 of market entities"); they are one unit, so the rule must not see a mismatch.
 */
function unitFor(target: MonitorTarget, unit: string | undefined): string | undefined {
  if (!unit || !target.unit) return unit
  return cellUnitOf(target.unit) === unit ? target.unit : unit
}

function rowOf(
  target: MonitorTarget,
  year: number,
  values: readonly ActualValue[],
  thresholds: Thresholds,
): BoardRow {
  const points: ActualPoint[] = values.map((v) => ({
    year: v.period.year,
    month: v.period.month,
    value: v.value,
    unit: unitFor(target, v.unit),
    growth: v.growth,
  }))
  const series = indicatorSeries({
    indicatorId: target.id,
    year,
    points,
    target:
      target.kind === 'growth'
        ? { kind: 'growth', target: target.target.value }
        : { kind: 'amount', target: target.target.value, unit: target.unit },
    thresholds,
  })
  const byMonth = new Map(values.filter((v) => v.period.year === year).map((v) => [v.period.month, v]))
  const latest = series.latest ? (byMonth.get(series.latest.month) ?? null) : null
  const goal = target.target.value
  const trend: TrendPoint[] =
    target.kind === 'growth'
      ? series.points.flatMap((p) => (p.growth === undefined ? [] : [{ month: p.month, value: p.growth }]))
      : series.points.flatMap((p) =>
          p.value === undefined || goal <= 0 || (p.unit && target.unit && p.unit !== target.unit)
            ? []
            : [{ month: p.month, value: (p.value / goal) * 100 }],
        )
  const status = series.status
  const progress =
    status.light !== null && status.rule === 'progress-vs-time'
      ? { percent: status.compared.actual, elapsed: status.compared.expected }
      : undefined
  return { target, series, status, latest, trend, ...(progress ? { progress } : {}) }
}

export type BoardInput = {
  report: Report
  /** The current figures of one layer (the store's actuals.current), any year. */
  values: readonly ActualValue[]
  layer: Layer
  thresholds?: Thresholds | undefined
  /** The year to judge; the report's plan year by default. */
  year?: number | undefined
}

export function monitorBoard(input: BoardInput): Board {
  const { report } = input
  const year = input.year ?? report.year
  const thresholds = input.thresholds ?? DEFAULT_THRESHOLDS
  const byTarget = new Map<string, ActualValue[]>()
  const seen = new Set<string>()
  for (const v of input.values) {
    if (v.reportId !== report.id) continue
    const key = slot(v.indicatorId, v.period.year, v.period.month)
    if (seen.has(key)) continue // the store gives one current figure per slot; never count one twice
    seen.add(key)
    const list = byTarget.get(v.indicatorId)
    if (list) list.push(v)
    else byTarget.set(v.indicatorId, [v])
  }
  const rows = monitorTargetsOf(report).map((t) => rowOf(t, year, byTarget.get(t.id) ?? [], thresholds))
  const counts: Counts = { green: 0, yellow: 0, red: 0, none: 0 }
  for (const r of rows) counts[r.status.light ?? 'none']++
  let asOf: Board['asOf'] = null
  for (const r of rows) {
    const m = r.series.points.at(-1)?.month
    if (m !== undefined && (asOf === null || m > asOf.month)) asOf = { year, month: m }
  }
  const targetIds = new Set(rows.map((r) => r.target.id))
  const years = [
    ...new Set(input.values.filter((v) => targetIds.has(v.indicatorId)).map((v) => v.period.year)),
  ].sort((a, b) => b - a)
  return {
    reportId: report.id,
    year,
    layer: input.layer,
    thresholds,
    rows,
    behind: redList(rows),
    counts,
    asOf,
    years,
    hasData: years.length > 0,
  }
}

/** The figures of one target, every year, newest period first: the detail page's table. */
export function valuesOf(values: readonly ActualValue[], indicatorId: string): ActualValue[] {
  return values
    .filter((v) => v.indicatorId === indicatorId)
    .sort((a, b) => b.period.year - a.period.year || b.period.month - a.period.month)
}
