import type { Derived, Fact, Report } from '../dataset/schema'
import { perReport } from './per-report'

export type QuantityTarget = { fact: Fact; comparison?: Derived }

/** The plan's quantity targets, each with the dataset's comparison to the 2022 figure when it has one. */
export function quantityTargets(report: Report): QuantityTarget[] {
  return report.plan.targets.map((fact) => {
    const comparison = report.derived.find((d) => d.op === 'difference' && d.inputs[0] === fact.id)
    return comparison ? { fact, comparison } : { fact }
  })
}

export const targetsOf = perReport(quantityTargets)
