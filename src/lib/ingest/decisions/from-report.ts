import type { Fact, Metric, Project, Report } from '@/lib/dataset/schema'
import { areaOf } from './facts'
import { DECISIONS_VERSION, type Decisions, type FactDecision, type ProjectDecision } from './schema'

// The decisions that turn a draft into a report reviewed from it (the #/ingest screen's result, which
// keeps the draft's ids): applyDecisions(draft, decisionsOf(draft, reviewed), text) is the reviewed
// report again. So a review made in the app is stored as the same kind of file as data/decisions, and a
// reviewed report can be regenerated from its text. Every drafted item the review dropped is rejected,
// with the reason given.

function draftFacts(report: Report): Map<string, Fact> {
  const all = [
    ...report.indicators.flatMap((i) => [...(i.actual ? [i.actual] : []), i.growth, i.target]),
    ...report.metrics,
    ...report.pipeline.flatMap((p) => [p.count, ...(p.investment ? [p.investment] : [])]),
    ...report.plan.targets,
  ]
  return new Map(all.map((f) => [f.id, f]))
}

/** What a review changed of one figure: only the fields that differ from the drafted one. */
function factDecision(f: Fact | Metric, drafted: Fact | undefined, report: Report): FactDecision {
  const d: FactDecision = {
    ...(drafted ? { from: { quote: drafted.quote, value: drafted.value } } : {}),
    id: f.id,
    label: f.label,
  }
  const differs = <K extends keyof Fact>(k: K) => !drafted || f[k] !== drafted[k]
  if (differs('value')) d.value = f.value
  if (differs('unit')) d.unit = f.unit
  if (differs('period')) d.period = f.period
  if (differs('quote')) d.quote = f.quote
  if (differs('sectionId')) d.sectionId = f.sectionId
  if (differs('qualifier')) d.qualifier = f.qualifier ?? null
  if (differs('estimated') && (f.estimated !== undefined || drafted)) d.estimated = f.estimated ?? null
  if (differs('topicId') && (f.topicId !== undefined || drafted)) d.topicId = f.topicId ?? null
  if (f.rank) d.rank = f.rank
  if (f.measure) d.measure = f.measure
  if ('areaId' in f && f.areaId !== areaOf(report.areas, f.sectionId, f.topicId)) d.areaId = f.areaId
  return d
}

function projectDecision(p: Project, drafted: Project | undefined, report: Report): ProjectDecision {
  return {
    ...(drafted ? { from: drafted.name.zh } : {}),
    id: p.id,
    name: p.name,
    kind: p.kind,
    sector: p.sector,
    sectorStated: p.sectorStated,
    stage: p.stage,
    stageText: p.stageText,
    stageStated: p.stageStated,
    ...(p.investment && p.investment.value !== drafted?.investment?.value
      ? { investment: p.investment.value }
      : {}),
    ...(p.location ? { location: p.location } : {}),
    ...(!drafted || p.quote !== drafted.quote ? { quote: p.quote } : {}),
    ...(!drafted || p.sectionId !== drafted.sectionId ? { sectionId: p.sectionId } : {}),
    ...(!drafted || p.topicId !== drafted.topicId ? { topicId: p.topicId ?? null } : {}),
    ...(p.areaId !== areaOf(report.areas, p.sectionId, p.topicId) ? { areaId: p.areaId } : {}),
  }
}

export function decisionsOf(draft: Report, reviewed: Report, reason: string): Decisions {
  const drafted = draftFacts(draft)
  const draftedProjects = new Map(draft.projects.map((p) => [p.id, p]))
  const used = new Set<string>()
  const fact = (f: Fact | Metric) => {
    const from = drafted.get(f.id)
    if (from) used.add(f.id)
    return factDecision(f, from, reviewed)
  }
  const decisions: Decisions = {
    schemaVersion: DECISIONS_VERSION,
    report: {
      id: reviewed.id,
      county: reviewed.county,
      province: reviewed.province,
      year: reviewed.year,
      title: reviewed.title,
      textFile: reviewed.textFile,
      ...(reviewed.textNote ? { textNote: reviewed.textNote } : {}),
    },
    outline: {},
    sections: reviewed.sections,
    areas: reviewed.areas,
    indicators: reviewed.indicators.map((i) => ({
      id: i.id,
      label: i.label,
      basis: i.basis,
      ...(i.actual ? { actual: fact(i.actual) } : {}),
      growth: fact(i.growth),
      target: fact(i.target),
    })),
    metrics: reviewed.metrics.map(fact),
    projects: reviewed.projects.map((p) => projectDecision(p, draftedProjects.get(p.id), reviewed)),
    pipeline: reviewed.pipeline.map((p) => ({
      stage: p.stage,
      ...(p.parent ? { parent: p.parent } : {}),
      count: fact(p.count),
      ...(p.investment ? { investment: fact(p.investment) } : {}),
      exampleIds: p.exampleIds,
    })),
    problems: reviewed.problems,
    plan: {
      targets: reviewed.plan.targets.map(fact),
      tasks: reviewed.plan.tasks,
      ...(reviewed.plan.truncation ? { truncation: reviewed.plan.truncation } : {}),
    },
    derived: reviewed.derived.map((d) => ({
      id: d.id,
      label: d.label,
      period: d.period,
      op: d.op,
      inputs: d.inputs,
      decimals: d.decimals,
      ...(d.note ? { note: d.note } : {}),
    })),
    nonMetrics: reviewed.nonMetrics,
    rejected: { facts: [], projects: [] },
  }
  const kept = new Set(reviewed.projects.map((p) => p.id))
  for (const [id, f] of drafted)
    if (!used.has(id)) decisions.rejected.facts.push({ from: { quote: f.quote, value: f.value }, reason })
  for (const p of draft.projects)
    if (!kept.has(p.id)) decisions.rejected.projects.push({ from: p.name.zh, reason })
  return decisions
}
