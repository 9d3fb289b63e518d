import { SECTORS, type Sector, STAGES, type Stage } from '@/lib/dataset/taxonomy'
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

/**
 * One bar per sector that has projects in `rows` (those passing `where`, when given: counting in
 * place spares a filtered copy of 100,000 rows), in the taxonomy's order.
 */
export function bySector(
  rows: readonly Row[],
  selected: readonly Sector[],
  where: ((row: Row) => boolean) | null = null,
): SectorBar[] {
  // Plain arrays indexed by the sector's position: one pass, no Map lookups per row.
  const count = new Array<number>(SECTORS.length).fill(0)
  const withInvestment = new Array<number>(SECTORS.length).fill(0)
  const investment = new Array<number>(SECTORS.length).fill(0)
  for (const r of rows) {
    if (where && !where(r)) continue
    const i = r.sectorIndex
    count[i] = (count[i] ?? 0) + 1
    const v = r.investment
    if (!Number.isNaN(v)) {
      investment[i] = (investment[i] ?? 0) + v
      withInvestment[i] = (withInvestment[i] ?? 0) + 1
    }
  }
  const chosen = new Set(selected)
  return SECTORS.flatMap((sector, i) =>
    count[i]
      ? [
          {
            sector,
            count: count[i] as number,
            withInvestment: withInvestment[i] as number,
            // Sum in a fixed order, then drop binary noise: 24 + 21.5 + 10 + 2 must read 57.5, not 57.50000001.
            investment: Number((investment[i] as number).toPrecision(12)),
            selected: chosen.has(sector),
          },
        ]
      : [],
  )
}

export type StageBar = { stage: Stage; count: number; selected: boolean }

/** Named projects per stage (of those passing `where`), in pipeline order; empty stages are left out. */
export function byStage(
  rows: readonly Row[],
  selected: readonly Stage[],
  where: ((row: Row) => boolean) | null = null,
): StageBar[] {
  const counts = new Array<number>(STAGES.length).fill(0)
  for (const r of rows) if (!where || where(r)) counts[r.stageIndex] = (counts[r.stageIndex] ?? 0) + 1
  const chosen = new Set(selected)
  return STAGES.flatMap((stage, i) => {
    const count = counts[i]
    return count ? [{ stage, count, selected: chosen.has(stage) }] : []
  })
}

/** Toggle one value of a multi-select (a bar click adds it, a second click removes it). */
export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
}
