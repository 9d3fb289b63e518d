import type { Derived, PipelineStage, Report, Stage } from '../dataset/schema'
import { perReport } from './per-report'

// The report's own stage totals (签约 75 → 落地 38; 开复工 180 → 主体完工 44 / 试生产 14 / 投产达效 53),
// as every screen and slide shows them. Built from report.pipeline alone, never from the named
// projects: the report counts far more projects than it names.

export type PipelineModel = {
  /** Every stage the report counts, in its order. */
  stages: PipelineStage[]
  /** The signing chain: 签约 → 落地. */
  funnel: PipelineStage[]
  /** 开复工, the construction total. */
  started: PipelineStage | undefined
  /** The stages the report gives as parts of 开复工 (主体完工, 试生产, 投产达效). */
  parts: PipelineStage[]
  /** started − Σ parts, as the dataset derives it (with its no-overlap caveat). */
  rest: Derived | undefined
  /** The dataset's derived figures about the stage counts (sums, shares, differences), inputs first. */
  derived: Derived[]
}

function rootStage(report: Report, stage: Stage) {
  return report.pipeline.find((p) => p.stage === stage && !p.parent)
}

function stageDerived(report: Report): Derived[] {
  const counts = new Set(report.pipeline.map((p) => p.count.id))
  const items = report.derived.filter((d) => d.unit !== '亿元' && d.inputs.some((id) => counts.has(id)))
  // Derived items may cite each other (111 → 61.7%): keep those too.
  const ids = new Set(items.map((d) => d.id))
  const more = report.derived.filter((d) => !ids.has(d.id) && d.inputs.some((id) => ids.has(id)))
  return [...items, ...more]
}

export function pipelineModel(report: Report): PipelineModel {
  const started = rootStage(report, 'started')
  const parts = report.pipeline.filter((p) => p.parent === 'started')
  const partIds = new Set(parts.map((p) => p.count.id))
  // The parts' sum may be cited directly or through a derived sum of them.
  for (const d of report.derived)
    if (d.op === 'sum' && d.inputs.length === parts.length && d.inputs.every((i) => partIds.has(i)))
      partIds.add(d.id)
  const rest = started
    ? report.derived.find(
        (d) =>
          d.op === 'difference' &&
          d.inputs[0] === started.count.id &&
          d.inputs.slice(1).every((i) => partIds.has(i)),
      )
    : undefined
  const funnel = [rootStage(report, 'signed'), rootStage(report, 'landed')].filter((p): p is PipelineStage =>
    Boolean(p),
  )
  return { stages: report.pipeline, funnel, started, parts, rest, derived: stageDerived(report) }
}

export const pipelineOf = perReport(pipelineModel)
