import type { Derived, Report } from '@/lib/dataset/schema'
import { type AreaDetail, reportModel } from '@/lib/report-model'
import { type Comparison, comparisons } from '@/lib/report-model/comparisons'
import { type PlanLink, planLinksOf, termsOf } from '@/lib/report-model/plan-links'
import { type GroupedFigures, groupFigures } from './figure-groups'

export type AreaView = AreaDetail & {
  /** The figures after the lead ones (and their growth rates), grouped by what they measure. */
  groups: GroupedFigures[]
  comparisons: Comparison[]
  /** Derived figures not already shown beside the chart they belong to. */
  looseDerived: Derived[]
  /**
   * For an area the report gives no figure or project to quote: its own paragraphs, read from the
   * text (each topic's paragraph starts with the topic's heading and runs to the line's end), so the
   * page shows what the report says instead of a card with only a link. Empty without the text.
   */
  passages: string[]
  /** The report's problems and its year's tasks whose sentence holds one of the area's terms. */
  plan: readonly PlanLink[]
  /** Those terms (the rule: src/lib/report-model/plan-links.ts). */
  terms: readonly string[]
}

/** What the page of one area shows: the model's area, its charts, and the rest; null for an unknown id. */
export function areaView(report: Report, id: string, text: string): AreaView | null {
  const detail = reportModel(report).areaDetail(id, text)
  if (!detail) return null
  const charts = comparisons(
    report,
    detail.facts.map((f) => f.fact),
    text,
  )
  const charted = new Set(charts.flatMap((c) => c.derived.map((d) => d.id)))
  const looseDerived = detail.derived.filter((d) => !charted.has(d.id))
  const leading = new Set(detail.lead.flatMap((l) => [l.fact.id, ...(l.growth ? [l.growth.id] : [])]))
  return {
    ...detail,
    groups: groupFigures(
      detail.facts.filter((f) => !leading.has(f.fact.id)),
      looseDerived,
    ),
    comparisons: charts,
    looseDerived,
    passages: detail.quotes.length ? [] : topicParagraphs(report, detail.area.topicIds, text),
    plan: planLinksOf(report).byArea.get(id) ?? [],
    terms: termsOf(detail.area),
  }
}

/** The paragraph of each topic: from its heading, at a line's start, to the end of that line. */
export function topicParagraphs(report: Report, topicIds: readonly string[], text: string): string[] {
  const headings = new Map(report.sections.flatMap((s) => s.topics.map((t) => [t.id, t.heading])))
  const out: string[] = []
  for (const id of topicIds) {
    const heading = headings.get(id)
    if (!heading) continue
    let at = text.indexOf(heading)
    while (at > 0 && text[at - 1] !== '\n') at = text.indexOf(heading, at + 1)
    if (at < 0) continue
    const end = text.indexOf('\n', at)
    const paragraph = text.slice(at, end < 0 ? undefined : end).trim()
    if (paragraph) out.push(paragraph)
  }
  return out
}
