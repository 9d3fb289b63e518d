import type { Sector, Stage } from '@/lib/dataset/schema'
import type { Lang } from '@/lib/format/quantity'
import type { Filters } from './filter-spec'
import { applyFilters, type Dimension, type Row } from './rows'

/**
 * One active filter as a person would read it ("阶段 = 试生产"), with the URL patch that removes it.
 * Chips list one clause per value (each removable on its own); the empty state reasons per dimension.
 */
export type Clause =
  | { dimension: 'sector'; value: Sector; patch: Partial<Filters> }
  | { dimension: 'stage'; value: Stage; patch: Partial<Filters> }
  | {
      dimension: 'investment'
      min: number | null
      max: number | null
      unstated: boolean
      patch: Partial<Filters>
    }
  | { dimension: 'sectorBasis' | 'stageBasis'; value: 'stated' | 'inferred'; patch: Partial<Filters> }
  | { dimension: 'q'; value: string; patch: Partial<Filters> }

const RANGE_OFF: Partial<Filters> = { min: null, max: null, unstated: 'exclude' }

/** Every active filter value, in the order the filter bar shows them. */
export function clausesOf(f: Filters): Clause[] {
  const out: Clause[] = []
  for (const s of f.sector)
    out.push({ dimension: 'sector', value: s, patch: { sector: f.sector.filter((x) => x !== s) } })
  for (const s of f.stage)
    out.push({ dimension: 'stage', value: s, patch: { stage: f.stage.filter((x) => x !== s) } })
  if (f.min !== null || f.max !== null)
    out.push({
      dimension: 'investment',
      min: f.min,
      max: f.max,
      unstated: f.unstated === 'include',
      patch: RANGE_OFF,
    })
  if (f.sectorBasis !== 'any')
    out.push({ dimension: 'sectorBasis', value: f.sectorBasis, patch: { sectorBasis: 'any' } })
  if (f.stageBasis !== 'any')
    out.push({ dimension: 'stageBasis', value: f.stageBasis, patch: { stageBasis: 'any' } })
  if (f.q.trim()) out.push({ dimension: 'q', value: f.q.trim(), patch: { q: '' } })
  return out
}

const DIMENSION_OFF: Record<Dimension, Partial<Filters>> = {
  sector: { sector: [] },
  stage: { stage: [] },
  investment: RANGE_OFF,
  sectorBasis: { sectorBasis: 'any' },
  stageBasis: { stageBasis: 'any' },
  q: { q: '' },
}

export type EmptyReason = {
  /** The active filters, grouped by dimension ("阶段 = 试生产 且 领域 = 矿业"). */
  active: Dimension[]
  /**
   * Dimensions that, removed alone, bring rows back, with how many: the filters that emptied the list.
   * Empty when only removing several at once helps (then `together` says how many come back).
   */
  culprits: { dimension: Dimension; count: number; patch: Partial<Filters> }[]
  together: number
}

/**
 * Why a filtered list is empty: "explicit no-data results" as owid-grapher puts it. Null when the
 * list is not empty. Dimensions are tried one at a time in the filter bar's order.
 */
export function emptyReason(rows: readonly Row[], f: Filters, lang: Lang, shown: number): EmptyReason | null {
  if (shown > 0) return null
  const active = [...new Set(clausesOf(f).map((c) => c.dimension))]
  const culprits = active.flatMap((dimension) => {
    const count = applyFilters(rows, { ...f, ...DIMENSION_OFF[dimension] }, lang).length
    return count ? [{ dimension, count, patch: DIMENSION_OFF[dimension] }] : []
  })
  return { active, culprits, together: rows.length }
}
