import { SECTORS, type Sector, STAGES, type Stage } from '@/lib/dataset/taxonomy'
import { decimal, listOf, oneOf, text, type Values } from '@/lib/url/params'

export const SORT_KEYS = ['report', 'name', 'sector', 'stage', 'investment', 'section'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export const BASES = ['any', 'stated', 'inferred'] as const
export type Basis = (typeof BASES)[number]

/** Largest investment a range may name, in 亿元: far above any county project, rejects typos like 1e9. */
export const MAX_INVESTMENT = 100_000

/**
 * Everything the Projects explorer shows is reproducible from its link: this is the one definition
 * of its URL (`#/projects?sector=energy&stage=trial&min=1`). Module-level so its identity is stable.
 */
export const projectsSpec = {
  sector: listOf(SECTORS),
  stage: listOf(STAGES),
  min: decimal(0, MAX_INVESTMENT), // 亿元, inclusive
  max: decimal(0, MAX_INVESTMENT), // 亿元, inclusive
  // Projects whose investment the report does not state: only relevant while a range is set.
  unstated: oneOf(['exclude', 'include'] as const, 'exclude'),
  sectorBasis: oneOf(BASES, 'any'),
  stageBasis: oneOf(BASES, 'any'),
  q: text(100),
  sort: oneOf(SORT_KEYS, 'report'),
  dir: oneOf(['asc', 'desc'] as const, 'asc'),
  by: oneOf(['investment', 'count'] as const, 'investment'), // what the sector chart measures
}
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
