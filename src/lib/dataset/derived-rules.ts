import type { DataIssue } from './errors'
import type { Derived, Report } from './schema'

// What a derived figure may claim, beyond recomputing from its inputs (validate.ts checks the arithmetic):
// - a share divides like by like: every part is the same kind of total as the whole (the planned investment
//   of a few introduced projects is not a part of the total investment of the projects under construction);
// - a share or difference that treats one of the report's stage counts as inside another, where the report
//   does not say so (落地 is not declared a part of 签约), says so in a note;
// - a figure built on a caveated figure carries a caveat of its own (61.7% and 69 rest on the no-overlap
//   assumption of 44 + 14 + 53);
// - only a nominal series yields a level: a comparable-price or unstated growth rate never does.

/** The kind of total a number is, by where the report states it (or how it was derived). */
export function totalKinds(report: Report): Map<string, string> {
  const kinds = new Map<string, string>()
  for (const ind of report.indicators) {
    if (ind.actual) kinds.set(ind.actual.id, `level:${ind.id}`)
    kinds.set(ind.growth.id, `rate:${ind.id}`)
    kinds.set(ind.target.id, `rate:${ind.id}`)
  }
  for (const m of report.metrics) kinds.set(m.id, `metric:${m.measure ?? m.id}`)
  for (const p of report.pipeline) {
    kinds.set(p.count.id, 'pipeline-count')
    if (p.investment) kinds.set(p.investment.id, 'pipeline-investment')
  }
  for (const t of report.plan.targets) kinds.set(t.id, `plan:${t.id}`)
  for (const p of report.projects) if (p.investment) kinds.set(p.id, 'project-investment')
  // Derived items may cite earlier ones: resolve in the dataset's order, then again for forward references.
  for (let pass = 0; pass < 2; pass++)
    for (const d of report.derived) {
      const inputs = d.inputs.map((id) => kinds.get(id) ?? `?${id}`)
      const same = inputs.every((k) => k === inputs[0])
      if (d.op === 'share') kinds.set(d.id, 'share')
      else if (d.op === 'implied-level') kinds.set(d.id, inputs[0] ?? `?${d.id}`)
      else kinds.set(d.id, same ? (inputs[0] ?? `?${d.id}`) : `mixed:${d.id}`)
    }
  return kinds
}

/** Pipeline stage counts a derived item treats as parts of its first input, by the stage ids they count. */
function pipelineParts(report: Report, d: Derived): { base?: string; parts: string[] } {
  const stageOf = new Map(report.pipeline.map((p) => [p.count.id, p.stage]))
  const derived = new Map(report.derived.map((x) => [x.id, x]))
  const expand = (id: string, seen = new Set<string>()): string[] => {
    if (stageOf.has(id)) return [id]
    const inner = derived.get(id)
    if (!inner || seen.has(id) || inner.op !== 'sum') return []
    seen.add(id)
    return inner.inputs.flatMap((i) => expand(i, seen))
  }
  const [first, ...rest] = d.inputs
  return {
    ...(first && stageOf.has(first) ? { base: first } : {}),
    parts: rest.flatMap((id) => expand(id)),
  }
}

const BASIS_WORDS: Record<string, string> = {
  real: 'grows at comparable prices',
  unstated: 'has growth of an unstated basis',
  none: 'is not an indicator level',
}

export function derivedRuleIssues(report: Report): DataIssue[] {
  const issues: DataIssue[] = []
  const kinds = totalKinds(report)
  const derived = new Map(report.derived.map((d) => [d.id, d]))
  const stageOfCount = new Map(report.pipeline.map((p) => [p.count.id, p]))
  const nominal = new Set(report.indicators.filter((i) => i.basis === 'nominal').map((i) => i.id))
  const levelOf = new Map(report.indicators.flatMap((i) => (i.actual ? [[i.actual.id, i] as const] : [])))

  report.derived.forEach((d, i) => {
    const path = `derived[${i}]`
    if (d.op === 'share') {
      const whole = kinds.get(d.inputs[0] ?? '')
      const odd = d.inputs.slice(1).find((id) => kinds.get(id) !== whole)
      if (!whole || whole.startsWith('mixed') || whole === 'share' || odd)
        issues.push({
          path: `${path}.inputs`,
          message: `a share divides two different kinds of total ("${odd ?? d.inputs[0]}" is not a part of "${d.inputs[0]}")`,
        })
    }
    if (d.op === 'share' || d.op === 'difference') {
      const { base, parts } = pipelineParts(report, d)
      const baseStage = base ? stageOfCount.get(base)?.stage : undefined
      const assumed = parts.filter((id) => stageOfCount.get(id)?.parent !== baseStage)
      if (baseStage && assumed.length && !d.note)
        issues.push({
          path: `${path}.note`,
          message: `treats "${assumed[0]}" as part of "${base}", which the report does not say: a note must say so`,
        })
    }
    const caveated = d.inputs.find((id) => derived.get(id)?.note)
    if (caveated && !d.note)
      issues.push({
        path: `${path}.note`,
        message: `rests on "${caveated}", which carries a caveat: carry it too`,
      })
    if (d.op === 'implied-level') {
      const ind = levelOf.get(d.inputs[0] ?? '')
      if (!ind || !nominal.has(ind.id))
        issues.push({
          path: `${path}.inputs`,
          message: `only a nominal series yields a level; "${ind?.id ?? d.inputs[0]}" ${BASIS_WORDS[ind?.basis ?? 'none']}`,
        })
    }
  })
  return issues
}
