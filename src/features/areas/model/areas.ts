import { statedFacts } from '@/lib/dataset/facts'
import type { Area, Derived, Fact, Project, Report } from '@/lib/dataset/schema'

/** A stated figure shown on an area page; `rate` marks a growth rate (read as 5.0%). */
export type AreaFact = { fact: Fact; rate: boolean }

export type AreaSummary = {
  area: Area
  factCount: number
  projectCount: number
}

export type AreaDetail = {
  area: Area
  facts: AreaFact[]
  /** Derived figures whose every input belongs to this area (sums, differences, shares). */
  derived: Derived[]
  projects: Project[]
  /** Distinct quotes of the area's figures and projects, in the order they appear in the text. */
  quotes: AreaQuote[]
  /** The id the Source screen highlights to show the whole passage (topic, else section). */
  passageId: string
}

export type AreaQuote = { quote: string; ids: string[] }

/**
 * Which stated facts belong to an area: metrics carry their areaId; other facts (indicators,
 * pipeline counts) follow their topic, or, when an area has no topics, its section.
 */
function belongs(area: Area, fact: Fact & { areaId?: string }): boolean {
  if (fact.areaId) return fact.areaId === area.id
  if (fact.topicId) return area.topicIds.includes(fact.topicId)
  return area.topicIds.length === 0 && area.sectionId === fact.sectionId
}

function growthIds(report: Report): Set<string> {
  return new Set(report.indicators.map((i) => i.growth.id))
}

export function areaFacts(report: Report, area: Area): AreaFact[] {
  const rates = growthIds(report)
  return statedFacts(report)
    .map(({ item }) => item)
    .filter((f) => belongs(area, f))
    .map((fact) => ({ fact, rate: rates.has(fact.id) }))
}

/** Derived items computable from this area alone (inputs may chain through other derived items). */
export function areaDerived(report: Report, known: Set<string>): Derived[] {
  const ids = new Set(known)
  const out: Derived[] = []
  let grew = true
  while (grew) {
    grew = false
    for (const d of report.derived) {
      if (ids.has(d.id) || !d.inputs.every((i) => ids.has(i))) continue
      ids.add(d.id)
      out.push(d)
      grew = true
    }
  }
  const order = new Map(report.derived.map((d, i) => [d.id, i]))
  return out.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
}

export function areaSummaries(report: Report): AreaSummary[] {
  return report.areas.map((area) => ({
    area,
    factCount: areaFacts(report, area).length,
    projectCount: report.projects.filter((p) => p.areaId === area.id).length,
  }))
}

function quotesInTextOrder(items: { id: string; quote: string }[], text?: string): AreaQuote[] {
  const byQuote = new Map<string, string[]>()
  for (const { id, quote } of items) byQuote.set(quote, [...(byQuote.get(quote) ?? []), id])
  const quotes = [...byQuote].map(([quote, ids]) => ({ quote, ids }))
  if (!text) return quotes
  const pos = (q: string) => {
    const i = text.indexOf(q)
    return i < 0 ? Number.MAX_SAFE_INTEGER : i
  }
  return quotes.sort((a, b) => pos(a.quote) - pos(b.quote))
}

/** Everything an area page shows, or null for an unknown id. */
export function areaDetail(report: Report, id: string, text?: string): AreaDetail | null {
  const area = report.areas.find((a) => a.id === id)
  if (!area) return null
  const facts = areaFacts(report, area)
  const projects = report.projects.filter((p) => p.areaId === area.id)
  const derived = areaDerived(report, new Set([...facts.map((f) => f.fact.id), ...projects.map((p) => p.id)]))
  const quotes = quotesInTextOrder(
    [
      ...facts.map(({ fact }) => ({ id: fact.id, quote: fact.quote })),
      ...projects.map((p) => ({ id: p.id, quote: p.quote })),
    ],
    text,
  )
  return { area, facts, derived, projects, quotes, passageId: area.topicIds[0] ?? area.sectionId }
}
