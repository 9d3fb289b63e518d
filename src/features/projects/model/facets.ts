import { SECTORS, type Sector, STAGE_GROUPS, type Stage, type StageGroup } from '@/lib/dataset/taxonomy'
import type { SectorBar, StageBar } from './group'

// The filter choices with what each would show: a count on every sector and stage, and a choice that
// would show nothing is disabled (unless it is chosen, so it can be unchosen). Counts are faceted as
// the charts are: every other filter applies, the dimension's own does not, so a count says how many
// rows that choice adds. Built from the charts' own bars, so the two never disagree.

export type Facet<K extends string> = { key: K; count: number; selected: boolean; disabled: boolean }

export type GroupFacet = {
  key: StageGroup
  /** Rows in any of the group's stages. */
  count: number
  /** on: every stage of the group is chosen; mixed: some are. */
  state: 'on' | 'off' | 'mixed'
  disabled: boolean
  stages: Facet<Stage>[]
}

function facet<K extends string>(key: K, count: number, selected: readonly K[]): Facet<K> {
  const on = selected.includes(key)
  return { key, count, selected: on, disabled: count === 0 && !on }
}

export function sectorFacets(bars: readonly SectorBar[], selected: readonly Sector[]): Facet<Sector>[] {
  const counts = new Map(bars.map((b) => [b.sector, b.count]))
  return SECTORS.map((s) => facet(s, counts.get(s) ?? 0, selected))
}

export function stageFacets(bars: readonly StageBar[], selected: readonly Stage[]): GroupFacet[] {
  const counts = new Map(bars.map((b) => [b.stage, b.count]))
  return STAGE_GROUPS.map((g) => {
    const stages = g.stages.map((s) => facet<Stage>(s, counts.get(s) ?? 0, selected))
    const chosen = stages.filter((s) => s.selected).length
    const count = stages.reduce((n, s) => n + s.count, 0)
    return {
      key: g.key,
      count,
      state: chosen === 0 ? 'off' : chosen === stages.length ? 'on' : 'mixed',
      disabled: count === 0 && chosen === 0,
      stages,
    }
  })
}

/**
 * A group chip's click: choose all of its stages, or, when all are chosen, none of them. The URL keeps
 * the stages themselves (?stage=started,in-progress,topped-out), so links made before groups existed,
 * and links to a single stage, mean what they meant.
 */
export function toggleGroup(selected: readonly Stage[], group: StageGroup): Stage[] {
  const members = STAGE_GROUPS.find((g) => g.key === group)?.stages ?? []
  const all = members.every((s) => selected.includes(s))
  return all
    ? selected.filter((s) => !(members as readonly Stage[]).includes(s))
    : [...selected, ...members.filter((s) => !selected.includes(s))]
}
