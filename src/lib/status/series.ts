// The series model of one indicator for one year: what the Monitoring screen, the Overview card and the
// deck draw. The model turns stored points into a series; components only draw it.
import { growthStatus, type Lit, progressStatus, SEVERITY, type StatusResult } from './rules'
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds'

/** One cumulative figure: 1–`month`月 of `year`. */
export type ActualPoint = {
  year: number
  month: number
  value?: number | undefined // cumulative level, in `unit`
  unit?: string | undefined
  growth?: number | undefined // cumulative growth, % (same period last year)
}

/** What the indicator is judged against: a growth rate (%), or an amount/count to reach in the year. */
export type TargetSpec =
  | { kind: 'growth'; target: number | null } // null: qualitative or missing target
  | { kind: 'amount'; target: number | null; unit?: string | undefined }

export type IndicatorSeries = {
  indicatorId: string
  year: number
  /** The year's points by month, one per month (the later one wins if given twice). */
  points: ActualPoint[]
  /** The latest month carrying the measure the target judges (growth, or value for amounts). */
  latest: ActualPoint | null
  /** latest − target in 百分点 (growth), or progress − time elapsed (amounts); null without a light. */
  gap: number | null
  status: StatusResult
}

export function indicatorSeries(input: {
  indicatorId: string
  year: number
  points: readonly ActualPoint[]
  target: TargetSpec
  thresholds?: Thresholds | undefined
}): IndicatorSeries {
  const thresholds = input.thresholds ?? DEFAULT_THRESHOLDS
  const byMonth = new Map<number, ActualPoint>()
  for (const p of input.points) if (p.year === input.year) byMonth.set(p.month, p)
  const points = [...byMonth.values()].sort((a, b) => a.month - b.month)
  const { target } = input
  const measured = points.filter((p) => (target.kind === 'growth' ? p.growth : p.value) !== undefined)
  const latest = measured.at(-1) ?? null
  const status =
    target.kind === 'growth'
      ? growthStatus(latest?.growth, target.target, thresholds)
      : progressStatus(
          {
            cumulative: latest?.value,
            target: target.target,
            month: latest?.month ?? 12,
            actualUnit: latest?.unit,
            targetUnit: target.unit,
          },
          thresholds,
        )
  return {
    indicatorId: input.indicatorId,
    year: input.year,
    points,
    latest,
    gap: status.light === null ? null : status.gap,
    status,
  }
}

/**
 * The red list: everything behind its target (yellow and red), worst first: red before yellow, then by
 * how far behind (most negative gap first). Items on track or without a light are left out.
 */
export function redList<T extends { status: StatusResult }>(items: readonly T[]): (T & { status: Lit })[] {
  const behind = items.filter((i): i is T & { status: Lit } => i.status.light !== null && i.status.gap < 0)
  return behind.sort(
    (a, b) => SEVERITY[b.status.light] - SEVERITY[a.status.light] || a.status.gap - b.status.gap,
  )
}
