import type { Area, Fact, Metric, Project, Report } from '@/lib/dataset/schema'
import type { Decisions, DraftRef, FactDecision, ProjectDecision } from './schema'

// The drafted numbers and projects a review draws on, each to be used once or rejected with a reason,
// and the reviewed figure each decision makes of its drafted one.

const keyOf = (ref: DraftRef) => `${ref.value}\u0000${ref.quote}`
const show = (ref: DraftRef) => `${ref.value} «${ref.quote}»`

/** Every stated figure of a draft, where it sits (indicator, metric, pipeline, plan). */
function draftFacts(report: Report): Fact[] {
  return [
    ...report.indicators.flatMap((i) => [...(i.actual ? [i.actual] : []), i.growth, i.target]),
    ...report.metrics,
    ...report.pipeline.flatMap((p) => [p.count, ...(p.investment ? [p.investment] : [])]),
    ...report.plan.targets,
  ]
}

/** A pool that hands out each drafted item once and says which were never decided. */
export class DraftPool {
  private readonly facts = new Map<string, Fact>() // by value and quote; a repeat gets #2, #3 …
  private readonly projects = new Map<string, Project>()
  private readonly taken = new Set<string>()
  constructor(
    draft: Report,
    private readonly problems: string[],
  ) {
    for (const f of draftFacts(draft)) {
      const key = keyOf({ quote: f.quote, value: f.value })
      let k = key
      for (let n = 2; this.facts.has(k); n++) k = `${key}#${n}`
      this.facts.set(k, f)
    }
    for (const p of draft.projects) this.projects.set(p.name.zh, p)
  }

  fact(ref: DraftRef, who: string): Fact | undefined {
    // Two drafted figures of one value in one quote are taken in the draft's order.
    let key = keyOf(ref)
    for (let n = 2; this.taken.has(`f:${key}`) && this.facts.has(`${keyOf(ref)}#${n}`); n++)
      key = `${keyOf(ref)}#${n}`
    return this.take(`f:${key}`, this.facts.get(key), `${who}: no drafted number ${show(ref)}`)
  }

  project(name: string, who: string): Project | undefined {
    return this.take(`p:${name}`, this.projects.get(name), `${who}: no drafted project named ${name}`)
  }

  private take<T>(key: string, item: T | undefined, missing: string): T | undefined {
    if (!item) this.problems.push(missing)
    else if (this.taken.has(key)) this.problems.push(`${missing.split(':')[0]}: drafted item used twice`)
    else this.taken.add(key)
    return item
  }

  /** Drafted items no decision took: each must be rejected, with a reason, or the review is not done. */
  undecided(): string[] {
    return [
      ...[...this.facts].filter(([k]) => !this.taken.has(`f:${k}`)).map(([, f]) => show(f)),
      ...[...this.projects.keys()].filter((n) => !this.taken.has(`p:${n}`)).map((n) => `project ${n}`),
    ]
  }
}

/** Where a drafted section or topic id goes in the reviewed outline. */
export type Outline = (id: string) => string

/** The area a figure or project of this section and topic belongs to: its topic's, else its section's. */
export function areaOf(areas: Area[], sectionId: string, topicId: string | undefined): string | undefined {
  return (
    (topicId ? areas.find((a) => a.topicIds.includes(topicId)) : undefined)?.id ??
    areas.find((a) => a.sectionId === sectionId && !a.topicIds.length)?.id
  )
}

const pick = <T>(edit: T | null | undefined, drafted: T | undefined): T | undefined =>
  edit === null ? undefined : (edit ?? drafted)

/** The reviewed figure: the decision's names and edits over the drafted number (or an added one). */
export function reviewedFact(d: FactDecision, pool: DraftPool, outline: Outline, problems: string[]): Fact {
  const drafted = d.from ? pool.fact(d.from, d.id) : undefined
  const sectionId = d.sectionId ?? (drafted ? outline(drafted.sectionId) : undefined)
  const topicId = pick(d.topicId, drafted?.topicId ? outline(drafted.topicId) : undefined)
  const value = d.value ?? drafted?.value
  const unit = d.unit ?? drafted?.unit
  const period = d.period ?? drafted?.period
  const quote = d.quote ?? drafted?.quote
  if (value === undefined || !unit || !period || !sectionId || !quote) {
    problems.push(`${d.id}: an added figure needs value, unit, period, sectionId and quote`)
  }
  const qualifier = pick(d.qualifier, drafted?.qualifier)
  const estimated = pick(d.estimated, drafted?.estimated)
  return {
    id: d.id,
    label: d.label,
    value: value ?? Number.NaN,
    unit: unit ?? '个',
    ...(qualifier ? { qualifier } : {}),
    period: period ?? 'to-date',
    ...(estimated !== undefined ? { estimated } : {}),
    sectionId: sectionId ?? '',
    ...(topicId ? { topicId } : {}),
    quote: quote ?? '',
    ...(d.rank ? { rank: d.rank } : {}),
    ...(d.measure ? { measure: d.measure } : {}),
  }
}

export function reviewedMetric(
  d: FactDecision,
  pool: DraftPool,
  outline: Outline,
  decisions: Decisions,
  problems: string[],
): Metric {
  const fact = reviewedFact(d, pool, outline, problems)
  const areaId = d.areaId ?? areaOf(decisions.areas, fact.sectionId, fact.topicId)
  if (!areaId) problems.push(`${d.id}: no area for section ${fact.sectionId}, topic ${fact.topicId}`)
  return { ...fact, areaId: areaId ?? '' }
}

export function reviewedProject(
  d: ProjectDecision,
  pool: DraftPool,
  outline: Outline,
  decisions: Decisions,
  problems: string[],
): Project {
  const drafted = d.from ? pool.project(d.from, d.id) : undefined
  const sectionId = d.sectionId ?? (drafted ? outline(drafted.sectionId) : '')
  const topicId = pick(d.topicId, drafted?.topicId ? outline(drafted.topicId) : undefined)
  const quote = d.quote ?? drafted?.quote
  if (!sectionId || !quote) problems.push(`${d.id}: an added project needs sectionId and quote`)
  const areaId = d.areaId ?? areaOf(decisions.areas, sectionId, topicId)
  if (!areaId) problems.push(`${d.id}: no area for section ${sectionId}, topic ${topicId}`)
  const investment =
    d.investment !== undefined ? { value: d.investment, unit: '亿元' as const } : drafted?.investment
  return {
    id: d.id,
    name: d.name,
    kind: d.kind,
    sector: d.sector,
    sectorStated: d.sectorStated,
    stage: d.stage,
    stageText: d.stageText,
    stageStated: d.stageStated,
    ...(investment ? { investment } : {}),
    ...(d.location ? { location: d.location } : {}),
    areaId: areaId ?? '',
    sectionId,
    ...(topicId ? { topicId } : {}),
    quote: quote ?? '',
  }
}
