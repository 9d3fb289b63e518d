// Filtering the joined list: the report explorer's dimensions (sector, stage, investment, basis,
// search) and the ledger's (township, responsible unit, status light, 建设性质 class, source). One test
// per active dimension, so each facet can count "every filter but mine" (chips with counts) and the
// empty state can say which filter emptied the list.

import { SECTORS, type Sector, STAGES, type Stage } from '../dataset/taxonomy'
import { combineTests } from '../predicate'
import type { JoinedRow, LightKey, Origin, Phase } from './types'

export type JoinedFilters = {
  sector: readonly Sector[]
  stage: readonly Stage[]
  min: number | null // 亿元
  max: number | null
  unstated: 'exclude' | 'include'
  sectorBasis: 'any' | 'stated' | 'inferred'
  stageBasis: 'any' | 'stated' | 'inferred'
  q: string
  town: readonly string[]
  unit: readonly string[]
  light: readonly LightKey[]
  phase: readonly Phase[]
  from: readonly Origin[]
}

export const NO_JOINED_FILTERS: JoinedFilters = {
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

export const JOINED_DIMENSIONS = [
  'sector',
  'stage',
  'investment',
  'sectorBasis',
  'stageBasis',
  'q',
  'town',
  'unit',
  'light',
  'phase',
  'from',
] as const
export type JoinedDimension = (typeof JOINED_DIMENSIONS)[number]

type Test = (row: JoinedRow) => boolean

/** The value a row shows for a text dimension ('' when blank: "not given" is filterable too). */
export const townOf = (r: JoinedRow) => r.township ?? ''
export const unitOf = (r: JoinedRow) => r.unit ?? ''
/** A ledger row's light; null for a report project outside the ledger (it has nothing to judge). */
export const lightOf = (r: JoinedRow) => (r.entry ? r.light : null)

export function joinedTests(f: JoinedFilters): Partial<Record<JoinedDimension, Test>> {
  const out: Partial<Record<JoinedDimension, Test>> = {}
  if (f.sector.length) {
    const ok = SECTORS.map((s) => f.sector.includes(s))
    out.sector = (r) => ok[r.sectorIndex] === true
  }
  if (f.stage.length) {
    const ok = STAGES.map((s) => f.stage.includes(s))
    out.stage = (r) => ok[r.stageIndex] === true
  }
  if (f.min !== null || f.max !== null) {
    const lo = f.min ?? Number.NEGATIVE_INFINITY
    const hi = f.max ?? Number.POSITIVE_INFINITY
    const include = f.unstated === 'include'
    out.investment = (r) =>
      Number.isNaN(r.investmentYi) ? include : r.investmentYi >= lo && r.investmentYi <= hi
  }
  if (f.sectorBasis !== 'any') {
    const want = f.sectorBasis === 'stated'
    out.sectorBasis = (r) => r.project?.sectorStated === want
  }
  if (f.stageBasis !== 'any') {
    const want = f.stageBasis === 'stated'
    out.stageBasis = (r) => r.project?.stageStated === want
  }
  const terms = f.q.trim().toLowerCase().split(/\s+/).filter(Boolean)
  if (terms.length) out.q = (r) => terms.every((t) => r.haystack.includes(t))
  if (f.town.length) {
    const set = new Set(f.town)
    out.town = (r) => set.has(townOf(r))
  }
  if (f.unit.length) {
    const set = new Set(f.unit)
    out.unit = (r) => set.has(unitOf(r))
  }
  if (f.light.length) {
    const set = new Set<string>(f.light)
    out.light = (r) => r.entry !== undefined && set.has(r.light)
  }
  if (f.phase.length) {
    const set = new Set<string>(f.phase)
    out.phase = (r) => r.phase !== null && set.has(r.phase)
  }
  if (f.from.length) {
    const set = new Set<string>(f.from)
    out.from = (r) => set.has(r.origin)
  }
  return out
}

/** One test for every active dimension except `skip`; null when nothing is left to test. */
export function joinedPredicate(
  f: JoinedFilters,
  skip: readonly JoinedDimension[] = [],
): ((row: JoinedRow) => boolean) | null {
  return combineTests(joinedTests(f), skip)
}

export function filterJoined(
  rows: readonly JoinedRow[],
  f: JoinedFilters,
  skip: readonly JoinedDimension[] = [],
): readonly JoinedRow[] {
  const test = joinedPredicate(f, skip)
  return test ? rows.filter(test) : rows
}

export function isJoinedFiltered(f: JoinedFilters): boolean {
  return Object.keys(joinedTests(f)).length > 0
}

/** A choice of a facet with how many rows it would show given every other filter. */
export type FacetCount<T extends string> = { value: T; count: number; chosen: boolean }

/**
 * Counts per value of one dimension among the rows passing every other filter: the numbers on the
 * chips. Every value the data has is listed (a zero-count one is shown disabled, never hidden), plus
 * any chosen value the data lacks (so it can be removed).
 */
export function facetCounts<T extends string>(
  rows: readonly JoinedRow[],
  f: JoinedFilters,
  dim: JoinedDimension,
  keyOf: (r: JoinedRow) => T | null,
  chosen: readonly T[],
  order?: readonly T[],
): FacetCount<T>[] {
  const where = joinedPredicate(f, [dim])
  const counts = new Map<T, number>()
  for (const r of rows) {
    const v = keyOf(r)
    if (v === null) continue
    if (!counts.has(v)) counts.set(v, 0)
    if (!where || where(r)) counts.set(v, (counts.get(v) ?? 0) + 1)
  }
  for (const c of chosen) if (!counts.has(c)) counts.set(c, 0)
  // Largest first; "not given" ('') last, whatever its count.
  const values = order
    ? order.filter((v) => counts.has(v))
    : [...counts.keys()].sort(
        (a, b) =>
          Number(a === '') - Number(b === '') ||
          (counts.get(b) ?? 0) - (counts.get(a) ?? 0) ||
          a.localeCompare(b, 'zh'),
      )
  return values.map((value) => ({ value, count: counts.get(value) ?? 0, chosen: chosen.includes(value) }))
}

/**
 * Which filter emptied the list: the dimensions whose removal alone brings rows back, each with that
 * count; empty when only clearing several at once helps.
 */
export function culprits(
  rows: readonly JoinedRow[],
  f: JoinedFilters,
): { dim: JoinedDimension; count: number }[] {
  const active = Object.keys(joinedTests(f)) as JoinedDimension[]
  return active.map((dim) => ({ dim, count: filterJoined(rows, f, [dim]).length })).filter((c) => c.count > 0)
}
