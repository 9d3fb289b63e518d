import type { Derived, Fact, Indicator, Report } from '@/lib/dataset/schema'
import type { Lang } from '@/lib/format/quantity'

/** Why a row shows no implied 2023 level: a real rate cannot scale a nominal level; or no level given. */
export type NoImplied = 'real' | 'no-level' | 'not-derived'

export type TargetRow = {
  id: string
  label: Indicator['label']
  basis: Indicator['basis']
  actual?: Fact
  growth: Fact
  target: Fact
  gap?: Derived
  implied?: Derived
  noImplied?: NoImplied
}

function derivedWith(report: Report, op: Derived['op'], inputs: readonly string[]): Derived | undefined {
  return report.derived.find(
    (d) => d.op === op && d.inputs.length === inputs.length && d.inputs.every((id, i) => id === inputs[i]),
  )
}

/**
 * One row per indicator. An implied 2023 level is shown ONLY for a nominal series with a stated 2022
 * level, and only if the dataset derives it: GDP and industrial value added grow at constant prices.
 */
export function targetRows(report: Report): TargetRow[] {
  return report.indicators.map((ind) => {
    const gap = derivedWith(report, 'difference', [ind.target.id, ind.growth.id])
    const implied =
      ind.basis === 'nominal' && ind.actual
        ? derivedWith(report, 'implied-level', [ind.actual.id, ind.target.id])
        : undefined
    const noImplied: NoImplied | undefined = implied
      ? undefined
      : ind.basis === 'real'
        ? 'real'
        : ind.actual
          ? 'not-derived'
          : 'no-level'
    return {
      id: ind.id,
      label: ind.label,
      basis: ind.basis,
      ...(ind.actual ? { actual: ind.actual } : {}),
      growth: ind.growth,
      target: ind.target,
      ...(gap ? { gap } : {}),
      ...(implied ? { implied } : {}),
      ...(noImplied ? { noImplied } : {}),
    }
  })
}

export type GrowthDatum = { name: string; growth: number; target: number }

/** The grouped bar chart's rows: 2022 growth and 2023 target per indicator. */
export function growthSeries(rows: readonly TargetRow[], lang: Lang): GrowthDatum[] {
  return rows.map((r) => ({ name: r.label[lang], growth: r.growth.value, target: r.target.value }))
}

export type GrowthSummary = { count: number; above: number; below: string[]; largest?: TargetRow }

/** What the chart says in words, for its screen-reader summary. */
export function growthSummary(rows: readonly TargetRow[], lang: Lang): GrowthSummary {
  const diff = (r: TargetRow) => r.target.value - r.growth.value
  const largest = [...rows].sort((a, b) => diff(b) - diff(a))[0]
  return {
    count: rows.length,
    above: rows.filter((r) => diff(r) > 0).length,
    below: rows.filter((r) => diff(r) < 0).map((r) => r.label[lang]),
    ...(largest ? { largest } : {}),
  }
}

/** The plan's quantity targets, each with the dataset's comparison to the 2022 figure when it has one. */
export function quantityTargets(report: Report): { fact: Fact; comparison?: Derived }[] {
  return report.plan.targets.map((fact) => {
    const comparison = report.derived.find((d) => d.op === 'difference' && d.inputs[0] === fact.id)
    return comparison ? { fact, comparison } : { fact }
  })
}
