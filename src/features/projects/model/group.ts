import { SECTORS, type Sector, STAGES, type Stage } from '@/lib/dataset/schema'
import type { Row } from './rows'

export type SectorBar = {
  sector: Sector
  /** Σ of the investments the report states, in 亿元; projects without one add nothing. */
  investment: number
  /** Projects in this sector. */
  count: number
  /** Of those, how many have a stated investment. */
  withInvestment: number
  selected: boolean
}

/** One bar per sector that has projects in `rows`, in the taxonomy's order. */
export function bySector(rows: readonly Row[], selected: readonly Sector[]): SectorBar[] {
  const acc = new Map<Sector, SectorBar>()
  for (const { project: p } of rows) {
    let bar = acc.get(p.sector)
    if (!bar) {
      bar = { sector: p.sector, investment: 0, count: 0, withInvestment: 0, selected: false }
      acc.set(p.sector, bar)
    }
    bar.count++
    if (p.investment) {
      bar.investment += p.investment.value
      bar.withInvestment++
    }
  }
  const chosen = new Set(selected)
  return SECTORS.flatMap((s) => {
    const bar = acc.get(s)
    // Sum in a fixed order, then drop binary noise: 24 + 21.5 + 10 + 2 must read 57.5, not 57.50000001.
    return bar
      ? [{ ...bar, investment: Number(bar.investment.toPrecision(12)), selected: chosen.has(s) }]
      : []
  })
}

export type StageBar = { stage: Stage; count: number; selected: boolean }

/** Named projects per stage, in pipeline order; stages without projects are left out. */
export function byStage(rows: readonly Row[], selected: readonly Stage[]): StageBar[] {
  const counts = new Map<Stage, number>()
  for (const { project } of rows) counts.set(project.stage, (counts.get(project.stage) ?? 0) + 1)
  const chosen = new Set(selected)
  return STAGES.flatMap((stage) => {
    const count = counts.get(stage)
    return count ? [{ stage, count, selected: chosen.has(stage) }] : []
  })
}

/** Toggle one value of a multi-select (a bar click adds it, a second click removes it). */
export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
}
