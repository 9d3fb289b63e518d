import { roundTo } from '@/lib/dataset/derive'
import type { DerivedLike } from '@/lib/dataset/facts'
import type { Derived, Fact, LabelText, PipelineStage, Report, Stage } from '@/lib/dataset/schema'
import { STAGES } from '@/lib/dataset/taxonomy'
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
  /**
   * What the listed projects' stated investments add up to. Shown beside the report's total, never
   * divided by it nor subtracted from it: the amounts the report states are mostly the planned
   * investment of newly introduced projects, a different kind of total from the investment of the
   * 180 projects under construction, and the report does not say the one is inside the other.
   */
  sum: DerivedLike
}

/**
 * What the listed projects' stated investments add up to, beside the report's own total. Uses the
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
  return { stated, namedCount: withInv.length, unstatedCount: rows.length - withInv.length, sum }
}

export type PipelineRow = {
  stage: Stage
  parent?: Stage | undefined
  /** The report's own count for the stage (75, 38, 180, 44 ...). */
  count: Fact
  investment?: Fact | undefined
  /** Projects the report names as examples of this stage. */
  examples: number
  /**
   * Rows of the filtered list at this stage: exactly the rows the table shows for it (the report's
   * examples and any other named project at the stage, such as 瑞博电力 主体完工 in the industry section).
   */
  inList: number
  /** count − examples: projects the report counts but does not name. */
  unnamed: DerivedLike
}

/**
 * The report model's pipeline stages, each against the examples it names and how many rows of the
 * filtered list are at that stage. Not built from the named projects: the report counts far more.
 */
export function pipelineRows(report: Report, rows: readonly Row[]): PipelineRow[] {
  const stages = reportModel(report).pipeline.stages
  // One pass over the list, counting by the rows' flat stage index (100,000 rows: no per-row set).
  const perStage = new Array<number>(STAGES.length).fill(0)
  for (const r of rows) perStage[r.stageIndex] = (perStage[r.stageIndex] ?? 0) + 1
  return stages.map((p: PipelineStage) => {
    const examples = p.exampleIds.length
    const formula = `${n(p.count.value)} − ${n(examples)}`
    return {
      stage: p.stage,
      parent: p.parent,
      count: p.count,
      investment: p.investment,
      examples,
      inList: perStage[STAGES.indexOf(p.stage)] ?? 0,
      unnamed: {
        value: p.count.value - examples,
        unit: '个',
        formula: { zh: formula, en: formula },
        inputs: [p.count.id, ...p.exampleIds],
      },
    }
  })
}

/** The one scale of the pipeline's bars: the largest count of any stage (180), so bars compare. */
export function pipelineScale(rows: readonly PipelineRow[]): number {
  return Math.max(1, ...rows.map((r) => r.count.value))
}
