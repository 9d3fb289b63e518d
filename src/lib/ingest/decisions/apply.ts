import { DataError } from '@/lib/dataset/errors'
import { type Report, SCHEMA_VERSION } from '@/lib/dataset/schema'
import { parseReport, quoteIssues } from '@/lib/dataset/validate'
import { computeDerivedItems } from './derived'
import { DraftPool, reviewedFact, reviewedMetric, reviewedProject } from './facts'
import type { Decisions } from './schema'

// draft + decisions → the reviewed report. Pure: the draft is ingest(text) with no decisions applied,
// the text is the one its quotes cite. Every drafted figure and project is used once or rejected with a
// reason; anything else (a decision that finds no drafted number, a drafted number nobody decided, a
// quote not in the text, a report the schema refuses) is an error that names it.

export class DecisionsError extends Error {
  constructor(
    file: string,
    readonly problems: string[],
  ) {
    super(`${file}: the decisions do not make a report:\n  ${problems.slice(0, 30).join('\n  ')}`)
    this.name = 'DecisionsError'
  }
}

export function applyDecisions(
  draft: Report,
  decisions: Decisions,
  text: string,
  file = 'decisions',
): Report {
  const problems: string[] = []
  const pool = new DraftPool(draft, problems)
  const outline = (id: string) => decisions.outline[id] ?? id
  const fact = (d: Decisions['metrics'][number]) => reviewedFact(d, pool, outline, problems)

  const indicators = decisions.indicators.map((i) => ({
    id: i.id,
    label: i.label,
    basis: i.basis,
    ...(i.actual ? { actual: fact(i.actual) } : {}),
    growth: fact(i.growth),
    target: fact(i.target),
  }))
  const metrics = decisions.metrics.map((m) => reviewedMetric(m, pool, outline, decisions, problems))
  const projects = decisions.projects.map((p) => reviewedProject(p, pool, outline, decisions, problems))
  const pipeline = decisions.pipeline.map((p) => ({
    stage: p.stage,
    ...(p.parent ? { parent: p.parent } : {}),
    count: fact(p.count),
    ...(p.investment ? { investment: fact(p.investment) } : {}),
    exampleIds: p.exampleIds,
  }))
  const targets = decisions.plan.targets.map(fact)
  for (const r of decisions.rejected.facts) pool.fact(r.from, `rejected (${r.reason})`)
  for (const r of decisions.rejected.projects) pool.project(r.from, `rejected (${r.reason})`)
  for (const u of pool.undecided())
    problems.push(`drafted ${u}: no decision (accept it in a figure, or reject it)`)

  const { report: meta } = decisions
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    id: meta.id,
    county: meta.county,
    province: meta.province,
    year: meta.year,
    title: meta.title,
    textFile: meta.textFile,
    ...(meta.textNote ? { textNote: meta.textNote } : {}),
    sections: decisions.sections,
    areas: decisions.areas,
    indicators,
    metrics,
    projects,
    pipeline,
    problems: decisions.problems,
    plan: {
      targets,
      tasks: decisions.plan.tasks,
      ...(decisions.plan.truncation ? { truncation: decisions.plan.truncation } : {}),
    },
    derived: [],
    nonMetrics: decisions.nonMetrics,
  }
  report.derived = computeDerivedItems(report, decisions.derived, problems)
  if (problems.length) throw new DecisionsError(file, problems)
  try {
    parseReport(report, file)
  } catch (e) {
    if (!(e instanceof DataError)) throw e
    throw new DecisionsError(
      file,
      e.issues.map((i) => `${i.path}: ${i.message}`),
    )
  }
  const misquoted = quoteIssues(report, text)
  if (misquoted.length)
    throw new DecisionsError(
      file,
      misquoted.map((i) => `${i.path}: not verbatim in the text`),
    )
  return report
}
