import { statedFacts } from '../dataset/facts'
import type { Area, Derived, Fact, Project, Report } from '../dataset/schema'
import { type LeadFigure, leadContext, leadFigures } from './lead-figures'
import { perReport } from './per-report'

// The report's areas (agriculture, industry, parks …) and what belongs to each: one membership rule,
// so the Areas screen, an area's page and its slide hold the same figures by construction.

/** A stated figure of an area; `rate` marks a growth rate (read as 5.0%). */
export type AreaFact = { fact: Fact; rate: boolean }

export type AreaModel = {
  area: Area
  facts: AreaFact[]
  /** Derived figures whose every input belongs to this area (sums, differences, shares). */
  derived: Derived[]
  projects: Project[]
  /** The two or three figures that stand for the area (lead-figures.ts states the rule). */
  lead: LeadFigure[]
  /** The id the Source screen highlights to show the whole passage (topic, else section). */
  passageId: string
}

export type AreaQuote = { quote: string; ids: string[] }

export type AreaDetail = AreaModel & {
  /** Distinct quotes of the area's figures and projects, in the order they appear in the text. */
  quotes: AreaQuote[]
}

/**
 * Which stated facts belong to an area: metrics carry their areaId; other facts (indicators,
 * pipeline counts, plan targets) follow their topic, or, when an area has no topics, its section.
 */
function belongs(area: Area, fact: Fact & { areaId?: string }): boolean {
  if (fact.areaId) return fact.areaId === area.id
  if (fact.topicId) return area.topicIds.includes(fact.topicId)
  return area.topicIds.length === 0 && area.sectionId === fact.sectionId
}

/** Derived items computable from these ids alone (inputs may chain through other derived items). */
export function derivedWithin(report: Report, known: Set<string>): Derived[] {
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

/** Every area of the report, in its order, with its members. */
export function areaModels(report: Report): AreaModel[] {
  const rates = new Set(report.indicators.map((i) => i.growth.id))
  const facts = statedFacts(report).map(({ item }) => item)
  const ctx = leadContext(report)
  return report.areas.map((area) => {
    const own = facts.filter((f) => belongs(area, f)).map((fact) => ({ fact, rate: rates.has(fact.id) }))
    const projects = report.projects.filter((p) => p.areaId === area.id)
    const known = new Set([...own.map((f) => f.fact.id), ...projects.map((p) => p.id)])
    return {
      area,
      facts: own,
      derived: derivedWithin(report, known),
      projects,
      lead: leadFigures(
        own.map((f) => f.fact),
        ctx,
      ),
      passageId: area.topicIds[0] ?? area.sectionId,
    }
  })
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

/** An area with its quotes ordered as the text has them (without the text, in dataset order). */
export function withQuotes(model: AreaModel, text?: string): AreaDetail {
  const quotes = quotesInTextOrder(
    [
      ...model.facts.map(({ fact }) => ({ id: fact.id, quote: fact.quote })),
      ...model.projects.map((p) => ({ id: p.id, quote: p.quote })),
    ],
    text,
  )
  return { ...model, quotes }
}

export const areasOf = perReport(areaModels)
