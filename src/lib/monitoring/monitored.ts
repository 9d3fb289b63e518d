// What the year is monitored against: every 2023 target of the report, as one list. The headline
// indicators carry growth targets (% on the same period of last year); the plan's quantity targets
// (全年新增市场主体2700户以上) are amounts or counts, judged by progress against the time elapsed.
import type { Fact, Indicator, Report } from '../dataset/schema'
import { type Unit, unitSpec } from '../format/units'
import type { Label } from '../i18n/languages'
import { indicatorsOf } from '../report-model/indicators'
import { perReport } from '../report-model/per-report'
import { targetsOf } from '../report-model/plan-targets'

/** How often the statistics bureau publishes the cumulative figure. */
export type Frequency = 'monthly' | 'quarterly'

export type MonitorTarget = {
  id: string // the indicator's id (a plan target's fact id): the key of its stored figures
  label: Label
  kind: 'growth' | 'amount'
  /** The 2023 target: a growth rate (%) or the amount to reach in the year. */
  target: Fact
  /** The 2022 level (growth targets), or the 2022 figure an amount target compares to. */
  level?: Fact
  /** The 2022 growth (%): the trend's reference line. Growth targets only. */
  growth?: Fact
  /** real: growth at comparable prices (never turned into a level); nominal: at current prices. */
  basis?: Indicator['basis']
  frequency: Frequency
  /** The unit cumulative values are kept in (the 2022 level's, or the amount target's). */
  unit?: Unit
}

// Published quarterly by county statistics (地区生产总值 and the household survey's incomes); everything
// else the report targets comes monthly (1–2月 combined for most). Ids as the ingest catalog names them.
const QUARTERLY = new Set([
  'gdp',
  'primary-value-added',
  'secondary-value-added',
  'tertiary-value-added',
  'rural-income',
  'urban-income',
  'resident-income',
])

const isRate = (unit: Unit) => {
  const kind = unitSpec(unit).kind
  return kind === 'percent' || kind === 'points'
}

function planTarget(fact: Fact, prior: Fact | undefined): MonitorTarget {
  const rate = isRate(fact.unit)
  return {
    id: fact.id,
    label: fact.label,
    kind: rate ? 'growth' : 'amount',
    target: fact,
    ...(prior && !rate ? { level: prior } : {}),
    frequency: QUARTERLY.has(fact.id) ? 'quarterly' : 'monthly',
    ...(rate ? {} : { unit: fact.unit }),
  }
}

/** Every target of the report's plan year, headline indicators first, in the report's order. */
export function monitorTargets(report: Report): MonitorTarget[] {
  const growth = indicatorsOf(report).map(
    (ind): MonitorTarget => ({
      id: ind.id,
      label: ind.label,
      kind: 'growth',
      target: ind.target,
      ...(ind.actual ? { level: ind.actual, unit: ind.actual.unit } : {}),
      growth: ind.growth,
      basis: ind.basis,
      frequency: QUARTERLY.has(ind.id) ? 'quarterly' : 'monthly',
    }),
  )
  const facts = new Map(report.metrics.map((m) => [m.id, m as Fact]))
  const amounts = targetsOf(report).map(({ fact, comparison }) => {
    // The dataset's own comparison names the 2022 figure the target is set against (2700 vs 2650).
    const priorId = comparison?.inputs.find((id) => id !== fact.id)
    return planTarget(fact, priorId ? facts.get(priorId) : undefined)
  })
  return [...growth, ...amounts]
}

/** The report's targets, computed once per report. */
export const monitorTargetsOf = perReport(monitorTargets)

/** The months a figure of this frequency is published for: 1–12, or the quarter ends. */
export function publishedMonths(frequency: Frequency): number[] {
  return frequency === 'quarterly' ? [3, 6, 9, 12] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
}
