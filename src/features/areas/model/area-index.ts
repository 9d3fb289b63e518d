import type { Area, Project, Report } from '@/lib/dataset/schema'
import type { Stage } from '@/lib/dataset/taxonomy'
import { type LeadFigure, reportModel } from '@/lib/report-model'

// What the Areas index shows: one card per area that has something to show (its lead figures, its
// projects by stage), and the areas the report describes in words only folded into one line, so no
// card is ever empty. Pure: the screen renders this and computes nothing.

/** Projects by stage as a leader reads them: not yet building, building, built or producing. */
export type StageGroup = 'preparing' | 'building' | 'done'
export const STAGE_GROUPS: readonly StageGroup[] = ['preparing', 'building', 'done']

const GROUP_OF: Readonly<Record<Stage, StageGroup>> = {
  introduced: 'preparing', // 引进
  signed: 'preparing', // 签约
  settled: 'preparing', // 落户
  landed: 'preparing', // 落地
  started: 'building', // 开工
  'in-progress': 'building', // 推进
  'topped-out': 'done', // 主体完工
  trial: 'done', // 试生产
  producing: 'done', // 投产达效
  operating: 'done', // 建成运行
}

export const stageGroup = (stage: Stage): StageGroup => GROUP_OF[stage]

export type StageCount = { group: StageGroup; count: number }

export type AreaCard = {
  area: Area
  lead: LeadFigure[]
  /** How many stated figures the area has beyond its lead ones (its page shows them). */
  moreFigures: number
  projectCount: number
  /** Only the groups with projects, in pipeline order. */
  stages: StageCount[]
}

export type AreaIndex = {
  cards: AreaCard[]
  /** Areas with neither a figure nor a named project: named once, with a link, instead of a card. */
  wordsOnly: Area[]
}

export function stageCounts(projects: readonly Project[]): StageCount[] {
  const counts = new Map<StageGroup, number>()
  for (const p of projects) counts.set(GROUP_OF[p.stage], (counts.get(GROUP_OF[p.stage]) ?? 0) + 1)
  return STAGE_GROUPS.flatMap((group) => {
    const count = counts.get(group) ?? 0
    return count ? [{ group, count }] : []
  })
}

export function areaIndex(report: Report): AreaIndex {
  const cards: AreaCard[] = []
  const wordsOnly: Area[] = []
  for (const m of reportModel(report).areas) {
    if (m.facts.length + m.projects.length === 0) {
      wordsOnly.push(m.area)
      continue
    }
    cards.push({
      area: m.area,
      lead: m.lead,
      moreFigures: m.facts.length + m.derived.length - m.lead.length - m.lead.filter((l) => l.growth).length,
      projectCount: m.projects.length,
      stages: stageCounts(m.projects),
    })
  }
  return { cards, wordsOnly }
}
