import type { Area, LabelText, Report } from '../dataset/schema'
import { ownValue } from '../own'
import { perReport } from './per-report'

// Which of the report's stated problems and 2023 tasks belong to which area. The report does not say:
// it lists five problems and the plan's tasks after the review, without pointing back. The rule, in
// words (also in docs/design.md and on the area pages, where each link names its term):
//   a problem, a task or a task's item belongs to an area when its sentence, as the report writes it
//   (its quote), contains one of the area's terms.
// The terms are the words the report itself uses for the area's subject (its topic heading or the
// sentences of its review), listed below and kept narrow on purpose: 农业 (not 农村), 服务业 (not 服务,
// which 做优项目服务 also holds), 科技创新 (not 科技, which 科技含量低 in a problem about industry also
// holds). They are our reading, so every link shows the term that made it, and an item no term
// matches stays unlinked rather than being guessed into an area (for 2023: the fiscal problem,
// 财政收支矛盾, which no area of the review covers). An area this table does not know (another
// county's report) is matched by its own name.

/** The words of each area of the 2023 report, in the report's own spelling. */
export const AREA_TERMS: Readonly<Record<string, readonly string[]>> = {
  economy: ['经济总量', '经济运行'],
  'investment-attraction': ['招商', '引资'],
  'project-construction': ['项目'],
  parks: ['园区', '开发区'],
  agriculture: ['农业'],
  industry: ['工业'],
  services: ['服务业'],
  'digital-economy': ['数字'],
  'urban-construction': ['城市'],
  'rural-environment': ['人居环境', '乡村基础设施', '农村公路'],
  ecology: ['生态'],
  'business-environment': ['营商环境', '市场主体', '惠企'],
  reform: ['改革'],
  innovation: ['科技创新', '创新'],
  'epidemic-control': ['疫情'],
  'poverty-gains': ['脱贫', '返贫'],
  livelihood: ['民生', '就业'],
  'social-services': ['社会事业', '教育', '医疗'],
  'risk-control': ['风险', '安全生产', '信访'],
  government: ['作风', '干部', '自身建设'],
}

/** A problem, a task, or one item of a task: what can be linked, with its sentence. */
export type PlanItem = {
  kind: 'problem' | 'task'
  id: string
  label: LabelText
  quote: string
  /** A task item's task (its ordinal, for "（一）"), absent for problems and whole tasks. */
  taskOrdinal?: number
}

/** One item linked to an area, and the area's term found in its sentence. */
export type PlanLink = { item: PlanItem; term: string }

export type PlanLinks = {
  /** Per area id: its linked problems first, then tasks, each in the report's order. */
  byArea: ReadonlyMap<string, readonly PlanLink[]>
  /** Items no area's term is found in. */
  unlinked: readonly PlanItem[]
}

/** The terms an area is matched by: the table's, or its own Chinese name. */
export function termsOf(area: Pick<Area, 'id' | 'label'>): readonly string[] {
  // Own keys only: an area id is the report's, and `constructor` is a valid one.
  return ownValue(AREA_TERMS, area.id) ?? [area.label.zh]
}

/** Every problem, task and task item, in the report's order. */
export function planItems(report: Report): PlanItem[] {
  const problems: PlanItem[] = report.problems.map((p) => ({
    kind: 'problem',
    id: p.id,
    label: p.text,
    quote: p.quote,
  }))
  const tasks = report.plan.tasks.flatMap((task): PlanItem[] => [
    { kind: 'task', id: task.id, label: task.title, quote: task.quote },
    ...task.items.map(
      (it): PlanItem => ({
        kind: 'task',
        id: it.id,
        label: it.title,
        quote: it.quote,
        taskOrdinal: task.ordinal,
      }),
    ),
  ])
  return [...problems, ...tasks]
}

/** The rule above, applied to a report. Pure. */
export function linkPlan(report: Report): PlanLinks {
  const byArea = new Map<string, PlanLink[]>()
  const linked = new Set<string>()
  const items = planItems(report)
  for (const area of report.areas) {
    const terms = termsOf(area)
    const links: PlanLink[] = []
    for (const item of items) {
      const term = terms.find((w) => w.length > 0 && item.quote.includes(w))
      if (term === undefined) continue
      links.push({ item, term })
      linked.add(item.id)
    }
    if (links.length) byArea.set(area.id, links)
  }
  return { byArea, unlinked: items.filter((i) => !linked.has(i.id)) }
}

export const planLinksOf = perReport(linkPlan)
