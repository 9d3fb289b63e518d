import { statedFacts } from '@/lib/dataset/facts'
import type { Derived, Fact, PipelineStage, Project, Report } from '@/lib/dataset/schema'

// Which figures of the report relate to one named project. The rule, stated so a reader can check it:
// a figure relates to a project only where the report itself ties the two together —
//   1. the figure's own quote names the project (晶澳300兆瓦光伏 in "晶澳300兆瓦光伏", 华祥新材料 in
//      "华祥新材料、百盛金山钛材等6个…项目快速推进"), or the figure's quote and the project's are the same
//      words (建设羊肚菌数字智能日光温室160栋: the greenhouses and their 160);
//   2. a stage count relates when the report gives the project as one of its examples (绿谷农产品加工 is
//      an example of the 44 projects 主体完工);
//   3. a derived figure relates when it is computed from the project itself (the sum of the introduced
//      projects' stated investment).
// Sharing a section or an area is not enough: the industry section's 1,552 MW says nothing about
// 瑞博电力. A project the report ties to no figure gets none, and the page says so.

export type RelatedFigure =
  | { kind: 'fact'; fact: Fact; why: 'named' | 'same-words' | 'example' }
  | { kind: 'derived'; item: Derived; why: 'computed-from' }

type FactWhy = Extract<RelatedFigure, { kind: 'fact' }>['why']

function ties(fact: Fact, project: Project, examples: ReadonlySet<string>): FactWhy | null {
  if (examples.has(fact.id)) return 'example'
  if (fact.quote.includes(project.name.zh)) return 'named'
  if (fact.quote === project.quote) return 'same-words'
  return null
}

export function relatedFigures(report: Report, project: Project): RelatedFigure[] {
  const examples = new Set(
    report.pipeline.filter((p: PipelineStage) => p.exampleIds.includes(project.id)).map((p) => p.count.id),
  )
  const out: RelatedFigure[] = []
  for (const { item } of statedFacts(report)) {
    const why = ties(item, project, examples)
    if (why) out.push({ kind: 'fact', fact: item, why })
  }
  for (const d of report.derived)
    if (d.inputs.includes(project.id)) out.push({ kind: 'derived', item: d, why: 'computed-from' })
  return out
}
