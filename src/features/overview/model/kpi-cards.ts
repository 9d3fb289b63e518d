import type { Indicator, Report } from '@/lib/dataset/schema'
import { biggestStretch, type IndicatorRow, indicatorsOf } from '@/lib/report-model/indicators'

/** Where 2022 growth and the 2023 target sit on a shared 0-based scale, in % of the track. */
export type BulletGeometry = { from: number; to: number; target: number; zero: number }

/**
 * An indicator row of the report model with what only the Overview draws: the bullet, and whether its
 * target is the biggest stretch (furthest above last year's growth) of all.
 */
export type KpiCard = IndicatorRow & { bullet: BulletGeometry; stretch: boolean }

export type RateDomain = { min: number; max: number }

/** One scale for every card, so bars compare across indicators; rounded out to a multiple of 5. */
export function rateDomain(indicators: readonly Indicator[]): RateDomain {
  const values = indicators.flatMap((i) => [i.growth.value, i.target.value])
  const max = Math.max(5, ...values)
  const min = Math.min(0, ...values)
  return { min: Math.floor(min / 5) * 5, max: Math.ceil(max / 5) * 5 }
}

export function bulletGeometry(growth: number, target: number, domain: RateDomain): BulletGeometry {
  const span = domain.max - domain.min || 1
  const at = (v: number) => Math.round(((v - domain.min) / span) * 1000) / 10
  const zero = at(0)
  const g = at(growth)
  return { from: Math.min(zero, g), to: Math.max(zero, g), target: at(target), zero }
}

export function kpiCards(report: Report): KpiCard[] {
  const domain = rateDomain(report.indicators)
  const rows = indicatorsOf(report)
  const stretch = biggestStretch(rows)
  return rows.map((row) => ({
    ...row,
    bullet: bulletGeometry(row.growth.value, row.target.value, domain),
    stretch: row === stretch,
  }))
}
