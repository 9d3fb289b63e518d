import type { Derived, Indicator, Report } from '../dataset/schema'
import type { Lang } from '../format/quantity'
import { perReport } from './per-report'

// The seven headline indicators as Overview, Targets and the presentation all show them: the
// stated level, growth and target, and the dataset's own derived gap and implied level.

/**
 * Why a row shows no implied 2023 level: a real (comparable-price) rate cannot scale a current-price level,
 * nor can a rate whose basis is not stated; or no level is given; or the dataset derives none.
 */
export type NoImplied = 'real' | 'unstated' | 'no-level' | 'not-derived'

/** Where the 2023 target sits against the 2022 growth: a stretch above it, a step below, or level. */
export type GapDirection = 'above' | 'below' | 'equal'

export type IndicatorRow = Indicator & {
  gapDirection: GapDirection
  /** The dataset's derived gap (target − growth, 百分点); absent if it has none: never invented. */
  gap?: Derived
  /** The dataset's implied 2023 level, only for a nominal series with a stated level. */
  implied?: Derived
  noImplied?: NoImplied
  /** The report says 预计: the 2022 figures are full-year estimates. */
  estimated: boolean
}

/** The derived item computed by `op` from exactly these inputs, in this order. */
export function derivedFrom(
  report: Report,
  op: Derived['op'],
  inputs: readonly string[],
): Derived | undefined {
  return report.derived.find(
    (d) => d.op === op && d.inputs.length === inputs.length && d.inputs.every((id, i) => id === inputs[i]),
  )
}

/**
 * One row per indicator, in the report's order. An implied 2023 level is looked up ONLY for a
 * nominal series with a stated 2022 level: GRP, industrial value added and output value grow at
 * comparable prices, and a rate of unstated basis cannot scale a level either.
 */
export function indicatorRows(report: Report): IndicatorRow[] {
  return report.indicators.map((ind) => {
    const gap = derivedFrom(report, 'difference', [ind.target.id, ind.growth.id])
    const implied =
      ind.basis === 'nominal' && ind.actual
        ? derivedFrom(report, 'implied-level', [ind.actual.id, ind.target.id])
        : undefined
    const noImplied: NoImplied | undefined = implied
      ? undefined
      : ind.basis !== 'nominal'
        ? ind.basis
        : ind.actual
          ? 'not-derived'
          : 'no-level'
    const diff = ind.target.value - ind.growth.value
    return {
      ...ind,
      gapDirection: diff > 0 ? 'above' : diff < 0 ? 'below' : 'equal',
      ...(gap ? { gap } : {}),
      ...(implied ? { implied } : {}),
      ...(noImplied ? { noImplied } : {}),
      estimated: Boolean(ind.actual?.estimated ?? ind.growth.estimated),
    }
  })
}

/**
 * The biggest stretch: the indicator whose target lies furthest above its last growth (the largest
 * gap). None when no target is above its growth. Ties go to the first in the report's order.
 */
export function biggestStretch<R extends Indicator>(rows: readonly R[]): R | undefined {
  let best: R | undefined
  for (const r of rows) {
    const gap = r.target.value - r.growth.value
    if (gap > 0 && (!best || gap > best.target.value - best.growth.value)) best = r
  }
  return best
}

/** Indicators whose growth may not scale a level: comparable-price rates, and rates of unstated basis. */
export function ratesWithoutLevel(indicators: readonly Indicator[]): {
  real: Indicator[]
  unstated: Indicator[]
} {
  return {
    real: indicators.filter((i) => i.basis === 'real'),
    unstated: indicators.filter((i) => i.basis === 'unstated'),
  }
}

export type GrowthDatum = { name: string; growth: number; target: number }

/** A grouped bar chart's rows: 2022 growth and 2023 target per indicator. */
export function growthSeries(rows: readonly Indicator[], lang: Lang): GrowthDatum[] {
  return rows.map((r) => ({ name: r.label[lang], growth: r.growth.value, target: r.target.value }))
}

export type GrowthSummary<R> = { count: number; above: number; below: string[]; largest?: R }

/** What a growth-vs-target chart says in words, for its screen-reader summary. */
export function growthSummary<R extends Indicator>(rows: readonly R[], lang: Lang): GrowthSummary<R> {
  const diff = (r: R) => r.target.value - r.growth.value
  const largest = [...rows].sort((a, b) => diff(b) - diff(a))[0]
  return {
    count: rows.length,
    above: rows.filter((r) => diff(r) > 0).length,
    below: rows.filter((r) => diff(r) < 0).map((r) => r.label[lang]),
    ...(largest ? { largest } : {}),
  }
}

/** The indicator rows of a report, computed once (the report model's `indicators`). */
export const indicatorsOf = perReport(indicatorRows)
