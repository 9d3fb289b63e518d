import { statedFacts } from '../dataset/facts'
import type { Fact, Report } from '../dataset/schema'
import { perReport } from './per-report'

/** Every stated fact of the report by id (indicators, metrics, pipeline, plan targets), computed once. */
export const factIndex = perReport(
  (report: Report): Map<string, Fact> => new Map(statedFacts(report).map(({ item }) => [item.id, item])),
)

/** How a fact's period reads beside it: the review year, the plan year's target, or a running total. */
export type PeriodTag =
  | { kind: 'year'; year: number }
  | { kind: 'target'; year: number }
  | { kind: 'to-date' }

export function periodTag(fact: Fact, report: Report): PeriodTag {
  if (fact.period === 'to-date') return { kind: 'to-date' }
  const year = Number(fact.period)
  return year >= report.year ? { kind: 'target', year } : { kind: 'year', year }
}
