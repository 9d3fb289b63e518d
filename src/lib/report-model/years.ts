import type { Fact, GrowthBasis, Indicator, LabelText, Report } from '../dataset/schema'
import { CATALOG } from '../ingest/indicator-catalog'
import { matchIndicator } from '../ingest/indicator-match'

// Reports side by side (issue 13): several reports of one county are its years; several counties'
// reports of one year can be compared. Pure: reports in, aligned figures out, each figure the report's
// own Fact (with its quote) and the id of the report that states it.
//
// Years. A work report of year Y states the headline indicators of Y−1 (level and growth: the
// review) and its target for Y. Its facts' `period` fields are written by role, not as calendar years
// (src/lib/ingest/periods.ts), so the year a figure is for is always taken from the report's year.

/** A report's figure, and which report states it. */
export type Stated = { fact: Fact; reportId: string; title: LabelText; reportYear: number }

/**
 * Which headline indicator an indicator is, across reports: its id when the catalogue knows it (the
 * ingest pipeline and today's dataset use the catalogue's ids), else the catalogue entry its Chinese
 * name names (地区生产总值/生产总值/GDP …), else its own id.
 */
export function indicatorKey(ind: Pick<Indicator, 'id' | 'label'>): string {
  if (CATALOG.some((c) => c.id === ind.id)) return ind.id
  return matchIndicator(ind.label.zh)?.entry.id ?? ind.id
}

/** The catalogue's order for known indicators (GDP first …), then the rest by first appearance. */
export function keyOrder(key: string): number {
  const i = CATALOG.findIndex((c) => c.id === key)
  return i < 0 ? CATALOG.length : i
}

/** The catalogue's name of a known indicator, else the report's. */
export function keyLabel(key: string, fallback: LabelText): LabelText {
  const c = CATALOG.find((e) => e.id === key)
  return c ? { zh: c.zh, en: c.en } : fallback
}

// One county is its province and its name: 鼓楼区 or 新华区 are in several provinces, and their
// growth rates must not line up as one place's years.
export const countyKey = (r: Pick<Report, 'county' | 'province'>) =>
  `${r.province.zh}/${r.county.zh}`.replace(/\s/g, '')

/** The reports of the same county as `report` (itself included), one per year, oldest first. */
export function yearsOf(report: Report, reports: readonly Report[]): Report[] {
  const key = countyKey(report)
  const byYear = new Map<number, Report>()
  // The report shown wins its year; otherwise the first listed (the manifest's before saved ones).
  for (const r of [report, ...reports]) if (countyKey(r) === key && !byYear.has(r.year)) byYear.set(r.year, r)
  return [...byYear.values()].sort((a, b) => a.year - b.year)
}

const stated = (fact: Fact, r: Report): Stated => ({
  fact,
  reportId: r.id,
  title: r.title,
  reportYear: r.year,
})

/** One year of an indicator: the level and growth a report states for the year before its own. */
export type TrendPoint = { year: number; level?: Stated; growth: Stated }
export type Trend = { key: string; label: LabelText; basis: GrowthBasis; points: TrendPoint[] }

/** Each headline indicator's years, from reports of one county (yearsOf), by key. */
export function trendsOf(reports: readonly Report[]): Map<string, Trend> {
  const out = new Map<string, Trend>()
  for (const r of [...reports].sort((a, b) => a.year - b.year))
    for (const ind of r.indicators) {
      const key = indicatorKey(ind)
      const trend = out.get(key) ?? { key, label: keyLabel(key, ind.label), basis: ind.basis, points: [] }
      if (trend.points.some((p) => p.year === r.year - 1)) continue
      trend.points.push({
        year: r.year - 1,
        growth: stated(ind.growth, r),
        ...(ind.actual ? { level: stated(ind.actual, r) } : {}),
      })
      out.set(key, trend)
    }
  return out
}

/**
 * A year's target against the result the next year's report states for it. `met` is null when the
 * next report states no result; `gap` is result − target in 百分点 (derived: its formula says so).
 */
export type TargetCheck = {
  key: string
  label: LabelText
  year: number
  target: Stated
  result?: Stated
  met: boolean | null
  gap?: number
}

/** Rounds a difference of two stated rates to the decimals they were stated with. */
function difference(a: number, b: number): number {
  const decimals = Math.max(decimalsOf(a), decimalsOf(b))
  return Number((a - b).toFixed(decimals))
}
const decimalsOf = (n: number) => (String(n).split('.')[1] ?? '').length

/** Every year with both reports: its target (report Y) against its result (report Y+1), newest first. */
export function targetChecksOf(reports: readonly Report[]): TargetCheck[] {
  const sorted = [...reports].sort((a, b) => a.year - b.year)
  const out: TargetCheck[] = []
  for (const planned of sorted) {
    const next = sorted.find((r) => r.year === planned.year + 1)
    if (!next) continue
    const results = new Map(next.indicators.map((i) => [indicatorKey(i), i]))
    for (const ind of planned.indicators) {
      const key = indicatorKey(ind)
      const result = results.get(key)?.growth
      const target = ind.target
      const base = {
        key,
        label: keyLabel(key, ind.label),
        year: planned.year,
        target: stated(target, planned),
      }
      if (!result) {
        out.push({ ...base, met: null })
        continue
      }
      const met = target.qualifier === 'at-most' ? result.value <= target.value : result.value >= target.value
      out.push({
        ...base,
        result: stated(result, next),
        met,
        gap: difference(result.value, target.value),
      })
    }
  }
  return out.sort((a, b) => b.year - a.year || keyOrder(a.key) - keyOrder(b.key))
}
