import type { Derived, Fact, Indicator, Report } from '@/lib/dataset/schema'

/** Where 2022 growth and the 2023 target sit on a shared 0-based scale, in % of the track. */
export type BulletGeometry = { from: number; to: number; target: number; zero: number }

export type KpiCard = {
  id: string
  label: Indicator['label']
  basis: Indicator['basis']
  /** The 2022 level; absent where the report gives only a rate (规上工业增加值). */
  actual?: Fact
  growth: Fact
  target: Fact
  /** The report dataset's own derived gap (target − growth, 百分点); absent if it has none. */
  gap?: Derived
  gapDirection: 'above' | 'below' | 'equal'
  /** The report says 预计: 2022 figures are full-year estimates. */
  estimated: boolean
  bullet: BulletGeometry
}

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

/** The derived gap item whose inputs are exactly this indicator's target and growth. */
export function findGap(report: Report, indicator: Indicator): Derived | undefined {
  return report.derived.find(
    (d) =>
      d.op === 'difference' &&
      d.inputs.length === 2 &&
      d.inputs[0] === indicator.target.id &&
      d.inputs[1] === indicator.growth.id,
  )
}

export function kpiCards(report: Report): KpiCard[] {
  const domain = rateDomain(report.indicators)
  return report.indicators.map((ind) => {
    const diff = ind.target.value - ind.growth.value
    const gap = findGap(report, ind)
    return {
      id: ind.id,
      label: ind.label,
      basis: ind.basis,
      ...(ind.actual ? { actual: ind.actual } : {}),
      growth: ind.growth,
      target: ind.target,
      ...(gap ? { gap } : {}),
      gapDirection: diff > 0 ? 'above' : diff < 0 ? 'below' : 'equal',
      estimated: Boolean(ind.actual?.estimated ?? ind.growth.estimated),
      bullet: bulletGeometry(ind.growth.value, ind.target.value, domain),
    }
  })
}
