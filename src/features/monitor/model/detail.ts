// One target's page as rows: the chart's months (the year's trend against the target and last year's
// rate, or progress against the time elapsed) and the table's periods with their light as of then.
import type { BoardRow } from '@/lib/monitoring/board'
import { publishedMonths } from '@/lib/monitoring/monitored'

export type ChartPoint = { month: number; actual?: number; elapsed?: number }

/** Every month the figure is published for, up to the latest one with data (at least to the first quarter). */
export function chartPoints(row: BoardRow): ChartPoint[] {
  const last = Math.max(3, ...row.trend.map((p) => p.month))
  const byMonth = new Map(row.trend.map((p) => [p.month, p.value]))
  return publishedMonths(row.target.frequency)
    .filter((m) => m <= last || byMonth.has(m))
    .map((month) => {
      const actual = byMonth.get(month)
      const point: ChartPoint = { month }
      if (actual !== undefined) point.actual = Math.round(actual * 100) / 100
      if (row.target.kind === 'amount') point.elapsed = Math.round((month / 12) * 1000) / 10
      return point
    })
}
