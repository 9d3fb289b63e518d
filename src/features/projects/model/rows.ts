import type { Project, Report, Sector, Stage } from '@/lib/dataset/schema'
import type { Lang } from '@/lib/format/quantity'
import { type Basis, type Filters, hasRange } from './filter-spec'

/** A project with what filtering and sorting need precomputed once per report (not per keystroke). */
export type Row = {
  project: Project
  /** Position in the report's own order (the JSON order follows the text). */
  order: number
  /** Ordinal of the section in the report, for sorting by section. */
  sectionOrder: number
  /** Lower-cased text a search matches, per language: names, the quote, stage words, location. */
  haystack: Record<Lang, string>
}

export function prepareRows(report: Report): Row[] {
  const sectionOrder = new Map(report.sections.map((s, i) => [s.id, i]))
  return report.projects.map((project, order) => {
    const { name, quote, stageText, location } = project
    // Chinese readers search Chinese names; English readers may use either name.
    const zh = [name.zh, quote, stageText, location?.zh ?? ''].join('\n')
    const en = [name.en, name.zh, quote, stageText, location?.en ?? ''].join('\n')
    return {
      project,
      order,
      sectionOrder: sectionOrder.get(project.sectionId) ?? Number.MAX_SAFE_INTEGER,
      haystack: { zh: zh.toLowerCase(), en: en.toLowerCase() },
    }
  })
}

function basisOk(basis: Basis, stated: boolean): boolean {
  return basis === 'any' || (basis === 'stated') === stated
}

/** One test per filter dimension, so the empty-state reason can drop them one at a time. */
export type Dimension = 'sector' | 'stage' | 'investment' | 'sectorBasis' | 'stageBasis' | 'q'
export const DIMENSIONS: readonly Dimension[] = [
  'sector',
  'stage',
  'investment',
  'sectorBasis',
  'stageBasis',
  'q',
]

type Test = (row: Row) => boolean

/** The active tests of a filter state, by dimension; inactive dimensions are absent. */
export function tests(filters: Filters, lang: Lang): Partial<Record<Dimension, Test>> {
  const out: Partial<Record<Dimension, Test>> = {}
  if (filters.sector.length) {
    const set = new Set<Sector>(filters.sector)
    out.sector = (r) => set.has(r.project.sector)
  }
  if (filters.stage.length) {
    const set = new Set<Stage>(filters.stage)
    out.stage = (r) => set.has(r.project.stage)
  }
  if (hasRange(filters)) {
    const lo = filters.min ?? Number.NEGATIVE_INFINITY
    const hi = filters.max ?? Number.POSITIVE_INFINITY
    const include = filters.unstated === 'include'
    out.investment = (r) => {
      const v = r.project.investment?.value
      return v === undefined ? include : v >= lo && v <= hi
    }
  }
  if (filters.sectorBasis !== 'any') {
    const b = filters.sectorBasis
    out.sectorBasis = (r) => basisOk(b, r.project.sectorStated)
  }
  if (filters.stageBasis !== 'any') {
    const b = filters.stageBasis
    out.stageBasis = (r) => basisOk(b, r.project.stageStated)
  }
  const terms = filters.q.trim().toLowerCase().split(/\s+/).filter(Boolean)
  if (terms.length) out.q = (r) => terms.every((t) => r.haystack[lang].includes(t))
  return out
}

/** Rows that pass every active filter except those in `skip` (for cross-filtering charts). */
export function applyFilters(
  rows: readonly Row[],
  filters: Filters,
  lang: Lang,
  skip: readonly Dimension[] = [],
): Row[] {
  const active = Object.entries(tests(filters, lang))
    .filter(([d]) => !skip.includes(d as Dimension))
    .map(([, t]) => t)
  if (!active.length) return rows.slice()
  return rows.filter((r) => active.every((t) => t(r)))
}
