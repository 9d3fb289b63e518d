import type { Lang } from '@/lib/format/quantity'
import { collator } from '@/lib/i18n/languages'
import type { JoinedFilters, JoinedRow } from '@/lib/ledger-model'
import type { LedgerSortKey } from '@/lib/routes/ledger-spec'
import type { ProjectsState } from './filter-spec'

// The joined list's view of the Projects URL: which rows (filters) and in which order.

export function joinedFiltersOf(s: ProjectsState): JoinedFilters {
  const { sector, stage, min, max, unstated, sectorBasis, stageBasis, q, town, unit, light, phase, from } = s
  return { sector, stage, min, max, unstated, sectorBasis, stageBasis, q, town, unit, light, phase, from }
}

/** The URL patch that clears every filter of the joined list (order and list choice stay). */
export const CLEAR_JOINED: Partial<ProjectsState> = {
  sector: [],
  stage: [],
  min: null,
  max: null,
  unstated: 'exclude',
  sectorBasis: 'any',
  stageBasis: 'any',
  q: '',
  town: [],
  unit: [],
  light: [],
  phase: [],
  from: [],
}

type Compare = (a: JoinedRow, b: JoinedRow) => number

const num =
  (pick: (r: JoinedRow) => number): Compare =>
  (a, b) =>
    pick(a) - pick(b)

function compareBy(key: LedgerSortKey, lang: Lang): Compare {
  const c = collator(lang)
  switch (key) {
    case 'ledger':
      return (a, b) => a.order - b.order
    case 'name':
      return (a, b) => c.compare(a.name, b.name)
    case 'town':
      return (a, b) => c.compare(a.township ?? '', b.township ?? '')
    case 'unit':
      return (a, b) => c.compare(a.unit ?? '', b.unit ?? '')
    case 'plan':
      return num((r) => r.plan)
    case 'completed':
      return num((r) => r.completed)
    case 'completion':
      return num((r) => r.completion)
    case 'gap':
      return num((r) => (r.status && r.status.light !== null ? r.status.gap : Number.NaN))
  }
}

const missing = (key: LedgerSortKey, r: JoinedRow): boolean => {
  switch (key) {
    case 'town':
      return r.township === null
    case 'unit':
      return r.unit === null
    case 'plan':
      return Number.isNaN(r.plan)
    case 'completed':
      return Number.isNaN(r.completed)
    case 'completion':
      return Number.isNaN(r.completion)
    case 'gap':
      return !r.status || r.status.light === null
    default:
      return false
  }
}

/** Rows in the chosen order; rows without the sorted value always last; ties keep the ledger order. */
export function sortJoined(
  rows: readonly JoinedRow[],
  key: LedgerSortKey,
  dir: 'asc' | 'desc',
  lang: Lang,
): JoinedRow[] {
  const out = rows.slice()
  if (key === 'ledger') return dir === 'desc' ? out.reverse() : out
  const cmp = compareBy(key, lang)
  const sign = dir === 'desc' ? -1 : 1
  // Text keys collate once per distinct value, not per comparison (10,000 rows, a few dozen values).
  if (key === 'town' || key === 'unit' || key === 'name') {
    const text = (r: JoinedRow) =>
      key === 'town' ? (r.township ?? '') : key === 'unit' ? (r.unit ?? '') : r.name
    const ranks = new Map<string, number>()
    ;[...new Set(out.map(text))].sort(collator(lang).compare).forEach((t, i) => {
      ranks.set(t, i)
    })
    return out
      .map((r) => ({ r, k: ranks.get(text(r)) ?? 0, m: missing(key, r) }))
      .sort((a, b) => Number(a.m) - Number(b.m) || sign * (a.k - b.k) || a.r.order - b.r.order)
      .map((x) => x.r)
  }
  return out.sort((a, b) => {
    const ma = missing(key, a)
    const mb = missing(key, b)
    if (ma !== mb) return ma ? 1 : -1
    if (ma) return a.order - b.order
    return sign * cmp(a, b) || a.order - b.order
  })
}
