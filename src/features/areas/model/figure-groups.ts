import type { Derived } from '@/lib/dataset/schema'
import { type Unit, unitSpec } from '@/lib/format/units'
import type { AreaFact } from '@/lib/report-model'

// An area page's figures after its lead ones, grouped by what they measure, so a reader scans
// "money", "what was built", "firms", "people" instead of a wall of equal tiles. The group follows
// from the unit alone (a unit says what is counted: 家 firms, 人 people, 公里 length built), so the
// grouping is as exact as the dataset's units and needs no judgement per figure.

export type FigureGroup = 'money' | 'output' | 'works' | 'firms' | 'people' | 'rates'
export const FIGURE_GROUPS: readonly FigureGroup[] = ['money', 'output', 'works', 'firms', 'people', 'rates']

const FIRMS = new Set<Unit>(['家', '户企业', '户主体', '家联盟', '家景区', '家矿山'])
const PEOPLE = new Set<Unit>(['人', '万人', '户', '万户', '万剂次', '户登记'])

/** money 资金 · output 产出与建设 (mass, power, area, length) · works 项目与设施 (other counts) · firms · people · rates. */
export function figureGroup(unit: Unit): FigureGroup {
  const { kind } = unitSpec(unit)
  if (kind === 'money') return 'money'
  if (kind === 'percent' || kind === 'points') return 'rates'
  if (kind === 'mass' || kind === 'power' || kind === 'area' || kind === 'length') return 'output'
  if (FIRMS.has(unit)) return 'firms'
  if (PEOPLE.has(unit)) return 'people'
  return 'works'
}

export type GroupedFigures = { group: FigureGroup; facts: AreaFact[]; derived: Derived[] }

/** The figures by group, in the groups' fixed order and the report's order within each; empty groups left out. */
export function groupFigures(facts: readonly AreaFact[], derived: readonly Derived[]): GroupedFigures[] {
  return FIGURE_GROUPS.flatMap((group) => {
    const f = facts.filter((x) => figureGroup(x.fact.unit) === group)
    const d = derived.filter((x) => figureGroup(x.unit) === group)
    return f.length + d.length ? [{ group, facts: f, derived: d }] : []
  })
}
