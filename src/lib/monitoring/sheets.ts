// The rows of the files the Monitoring screen writes: the template to fill in (every target and every
// month it is published for, values left blank) and the export of the stored series with the light of
// each period. Both are long tables our importer reads back (指标 | 期间 | 累计值 | 单位 | 累计增速), so a
// downloaded template or export can be filled in, corrected and imported again.
import type { Report } from '../dataset/schema'
import { UNITS, type Unit } from '../format/units'
import type { Label } from '../i18n/languages'
import { cellUnitOf } from '../imports/cell-units'
import { makePeriod } from '../imports/parse-period'
import { isOwnKey } from '../own'
import { growthStatus, progressStatus, type StatusResult } from '../status/rules'
import { DEFAULT_THRESHOLDS, type Thresholds } from '../status/thresholds'
import type { ActualValue } from '../store'
import { monitorTargetsOf, publishedMonths } from './monitored'

export type SheetPeriod = { year: number; month: number }

/** A stored unit as a cell writes it: the dataset's 户主体 (户 of market entities) is 户 in a table. */
export function cellUnitText(unit: string | undefined): string | undefined {
  if (unit === undefined || !isOwnKey(UNITS, unit)) return unit
  return cellUnitOf(unit as Unit) ?? unit
}

/** '2023年1-3月' / '2023年一季度' (as staff write them) for Chinese files; '2023-03' otherwise. */
export function periodCell(p: SheetPeriod, quarterly: boolean, zh: boolean): string {
  if (!zh) return `${p.year}-${String(p.month).padStart(2, '0')}`
  if (p.month === 12) return `${p.year}年1-12月`
  return makePeriod(p.year, p.month, quarterly ? (p.month === 6 ? 'half' : 'quarter') : 'month').label
}

export type TemplateRow = {
  id: string
  label: Label
  period: SheetPeriod
  quarterly: boolean
  /** The unit the value is asked in, as a cell writes it (亿元, 元, 户); none for a growth-only series. */
  unit: string
  /** Whether the target asks for a growth rate (the growth column) or only an amount. */
  growth: boolean
}

/** One row per target and month it is published for, in the report's order. */
export function templateRows(report: Report): TemplateRow[] {
  return monitorTargetsOf(report).flatMap((t) =>
    publishedMonths(t.frequency).map((month) => ({
      id: t.id,
      label: t.label,
      period: { year: report.year, month },
      quarterly: t.frequency === 'quarterly',
      unit: cellUnitText(t.unit) ?? '',
      growth: t.kind === 'growth',
    })),
  )
}

export type ExportRow = {
  id: string
  label: Label
  period: SheetPeriod
  quarterly: boolean
  value?: number | undefined
  unit?: string | undefined
  growth?: number | undefined
  /** The plan year's target (growth % or amount); absent for other years' figures. */
  target?: number | undefined
  /** The light of this period by the stated rules; absent for other years' figures. */
  status?: StatusResult | undefined
  source: ActualValue['source']
}

/** Every stored figure of the report's targets, each plan-year period judged as of that period. */
export function exportRows(
  report: Report,
  values: readonly ActualValue[],
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): ExportRow[] {
  const targets = monitorTargetsOf(report)
  return targets.flatMap((t) => {
    const mine = values
      .filter((v) => v.reportId === report.id && v.indicatorId === t.id)
      .sort((a, b) => a.period.year - b.period.year || a.period.month - b.period.month)
    return mine.map((v): ExportRow => {
      const planYear = v.period.year === report.year
      const status = !planYear
        ? undefined
        : t.kind === 'growth'
          ? growthStatus(v.growth, t.target.value, thresholds)
          : progressStatus(
              {
                cumulative: v.value,
                target: t.target.value,
                month: v.period.month,
                actualUnit: v.unit && t.unit && cellUnitOf(t.unit) === v.unit ? t.unit : v.unit,
                targetUnit: t.unit,
              },
              thresholds,
            )
      return {
        id: t.id,
        label: t.label,
        period: v.period,
        quarterly: t.frequency === 'quarterly',
        value: v.value,
        unit: cellUnitText(v.unit),
        growth: v.growth,
        target: planYear ? t.target.value : undefined,
        status,
        source: v.source,
      }
    })
  })
}
