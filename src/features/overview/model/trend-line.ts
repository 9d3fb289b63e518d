import type { Trend } from '@/lib/report-model/years'

/** A KPI card's years as dots on a small line: x by year, y by growth (the stated rates, nothing else). */
export type TrendDot = {
  year: number
  value: number
  x: number
  y: number
  current: boolean
  reportId: string
}
export type TrendLine = { width: number; height: number; zeroY: number | null; dots: TrendDot[] }

const W = 72
const H = 20
const PAD = 3

/** `currentYear`: the year the shown report reviews (its year − 1), drawn as the filled dot. */
export function trendLine(trend: Trend, currentYear: number): TrendLine {
  const values = trend.points.map((p) => p.growth.fact.value)
  const min = Math.min(0, ...values)
  const max = Math.max(...values, min + 1)
  const years = trend.points.map((p) => p.year)
  const first = Math.min(...years)
  const span = Math.max(...years) - first || 1
  const y = (v: number) => Math.round((PAD + ((max - v) / (max - min)) * (H - 2 * PAD)) * 10) / 10
  return {
    width: W,
    height: H,
    zeroY: min < 0 ? y(0) : null,
    dots: trend.points.map((p) => ({
      year: p.year,
      value: p.growth.fact.value,
      x: Math.round((PAD + ((p.year - first) / span) * (W - 2 * PAD)) * 10) / 10,
      y: y(p.growth.fact.value),
      current: p.year === currentYear,
      reportId: p.growth.reportId,
    })),
  }
}
