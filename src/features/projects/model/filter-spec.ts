import type { Sector, Stage } from '@/lib/dataset/taxonomy'
import type { Values } from '@/lib/routes/params'
import type { Basis, projectsSpec } from '@/lib/routes/specs'

// The Projects explorer's URL is defined with every other screen's in src/lib/routes/specs.ts; this is
// what the explorer makes of it: the filtering part, and the patches that clear it.
export { BASES, type Basis, MAX_INVESTMENT, projectsSpec, SORT_KEYS, type SortKey } from '@/lib/routes/specs'

export type ProjectsSpec = typeof projectsSpec
export type ProjectsState = Values<ProjectsSpec>

/** The filtering part of the state (sorting and chart measure do not change which rows match). */
export type Filters = {
  sector: Sector[]
  stage: Stage[]
  min: number | null
  max: number | null
  unstated: 'exclude' | 'include'
  sectorBasis: Basis
  stageBasis: Basis
  q: string
}

export const NO_FILTERS: Filters = {
  sector: [],
  stage: [],
  min: null,
  max: null,
  unstated: 'exclude',
  sectorBasis: 'any',
  stageBasis: 'any',
  q: '',
}

/** The URL patch that clears every filter at once (sort and chart measure stay). */
export const CLEAR_FILTERS: Partial<ProjectsState> = { ...NO_FILTERS }

export function filtersOf(state: ProjectsState): Filters {
  const { sector, stage, min, max, unstated, sectorBasis, stageBasis, q } = state
  return { sector, stage, min, max, unstated, sectorBasis, stageBasis, q }
}

export function hasRange(f: Filters): boolean {
  return f.min !== null || f.max !== null
}

export function isFiltered(f: Filters): boolean {
  return (
    f.sector.length > 0 ||
    f.stage.length > 0 ||
    hasRange(f) ||
    f.sectorBasis !== 'any' ||
    f.stageBasis !== 'any' ||
    f.q.trim() !== ''
  )
}
