import { roundTo } from '@/lib/dataset/derive'
import type { DerivedLike } from '@/lib/dataset/facts'
import type { Derived, Fact, LabelText, PipelineStage, Report, Stage } from '@/lib/dataset/schema'
import { reportModel } from '@/lib/report-model'
import type { Row } from './rows'

const MAX_TERMS = 8

function n(v: number): string {
  // Formulas are language-neutral digits, like the dataset's own ("24 + 21.5 + 10"). Plain String()
  // rather than Intl: building a NumberFormat per term costs milliseconds on 100,000-row lists.
  return String(Number(v.toPrecision(12)))
}

function sumFormula(values: number[]): LabelText {
  if (values.length <= MAX_TERMS) {
    const text = values.map(n).join(' + ') || '0'
    return { zh: text, en: text }
  }
  return { zh: `${values.length}个项目投资额之和`, en: `sum of ${values.length} projects' investments` }
}

export type InvestmentComparison = {
  /** The report's total investment of the projects started in 2022 (295.7亿元). */
  stated: Fact
  /** Named projects in the list with a stated investment. */
  namedCount: number
  /** Projects in the list without a stated investment (they add nothing to the sum). */
  unstatedCount: number
  sum: DerivedLike
  share: DerivedLike
  /** stated − sum: what the named projects do not account for. */
  difference: DerivedLike
}

/**
 * What the listed projects' stated investments add up to, against the report's own total. Uses the
 * dataset's derived item when the list is exactly its inputs; otherwise computes and cites inputs.
 */
export function investmentComparison(report: Report, rows: readonly Row[]): InvestmentComparison | null {
  const stated = reportModel(report).pipeline.started?.investment
  if (!stated) return null
  const withInv = rows.filter((r) => r.project.investment)
  const ids = withInv.map((r) => r.project.id)
  const values = withInv.map((r) => r.project.investment?.value ?? 0)
  const sameSet = (d: Derived) => d.inputs.length === ids.length && ids.every((id) => d.inputs.includes(id))
  const sumItem = report.derived.find((d) => d.op === 'sum' && d.unit === '亿元' && sameSet(d))
  const sumValue = roundTo(
    values.reduce((a, b) => a + b, 0),
    1,
  )
  const sum: DerivedLike = sumItem
    ? sumItem
    : { value: sumValue, unit: '亿元', formula: sumFormula(values), inputs: ids }
  const shareItem =
    sumItem &&
    report.derived.find((d) => d.op === 'share' && d.inputs[0] === stated.id && d.inputs[1] === sumItem.id)
  const shareValue = roundTo((sum.value / stated.value) * 100, 1)
  const shareFormula = `${n(sum.value)} ÷ ${n(stated.value)}`
  const share: DerivedLike = shareItem
    ? shareItem
    : {
        value: shareValue,
        unit: '%',
        formula: { zh: shareFormula, en: shareFormula },
        inputs: [stated.id, ...ids],
      }
  const diffFormula = `${n(stated.value)} − ${n(sum.value)}`
  return {
    stated,
    namedCount: withInv.length,
    unstatedCount: rows.length - withInv.length,
    sum,
    share,
    difference: {
      value: roundTo(stated.value - sum.value, 1),
      unit: '亿元',
      formula: { zh: diffFormula, en: diffFormula },
      inputs: [stated.id, ...ids],
    },
  }
}

export type PipelineRow = {
  stage: Stage
  parent?: Stage | undefined
  /** The report's own count for the stage (75, 38, 180, 44 ...). */
  count: Fact
  investment?: Fact | undefined
  /** Projects the report names as examples of this stage. */
  examples: number
  /** Of those, how many pass the current filters. */
  examplesShown: number
  /** count − examples: projects the report counts but does not name. */
  unnamed: DerivedLike
}

/**
 * The report model's pipeline stages, each against the examples it names and how many of those the
 * filtered list shows. Not built from the named projects: the report counts far more than it names.
 */
export function pipelineRows(report: Report, rows: readonly Row[]): PipelineRow[] {
  const stages = reportModel(report).pipeline.stages
  // Only the named examples matter: test the list against them, not build a set of every row's id.
  const examples = new Set(stages.flatMap((p) => p.exampleIds))
  const shown = new Set<string>()
  for (const r of rows) if (examples.has(r.project.id)) shown.add(r.project.id)
  return stages.map((p: PipelineStage) => {
    const examples = p.exampleIds.length
    const formula = `${n(p.count.value)} − ${n(examples)}`
    return {
      stage: p.stage,
      parent: p.parent,
      count: p.count,
      investment: p.investment,
      examples,
      examplesShown: p.exampleIds.filter((id) => shown.has(id)).length,
      unnamed: {
        value: p.count.value - examples,
        unit: '个',
        formula: { zh: formula, en: formula },
        inputs: [p.count.id, ...p.exampleIds],
      },
    }
  })
}
