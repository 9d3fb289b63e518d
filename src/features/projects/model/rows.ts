import type { Report } from '@/lib/dataset/schema'
import { SECTORS, STAGES } from '@/lib/dataset/taxonomy'
import type { Lang } from '@/lib/format/quantity'
import { combineTests } from '@/lib/predicate'
import { type ProjectRow, projectRow } from '@/lib/report-model/projects'
import { type Filters, hasRange } from './filter-spec'

/**
 * A project with what filtering and sorting need precomputed once per report (not per keystroke): the
 * report model's row (flat sector, stage and investment, which the charts count) plus order and text.
 */
export type Row = ProjectRow & {
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
      ...projectRow(project),
      order,
      sectionOrder: sectionOrder.get(project.sectionId) ?? Number.MAX_SAFE_INTEGER,
      haystack: { zh: zh.toLowerCase(), en: en.toLowerCase() },
    }
  })
}

/** A lookup table: table[i] is true when the i-th member of `all` is chosen. */
function chosen<T>(all: readonly T[], picked: readonly T[]): boolean[] {
  const set = new Set(picked)
  return all.map((v) => set.has(v))
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
    const ok = chosen(SECTORS, filters.sector)
    out.sector = (r) => ok[r.sectorIndex] === true
  }
  if (filters.stage.length) {
    const ok = chosen(STAGES, filters.stage)
    out.stage = (r) => ok[r.stageIndex] === true
  }
  if (hasRange(filters)) {
    const lo = filters.min ?? Number.NEGATIVE_INFINITY
    const hi = filters.max ?? Number.POSITIVE_INFINITY
    const include = filters.unstated === 'include'
    out.investment = (r) => {
      const v = r.investment
      return Number.isNaN(v) ? include : v >= lo && v <= hi
    }
  }
  if (filters.sectorBasis !== 'any') {
    const want = filters.sectorBasis === 'stated'
    out.sectorBasis = (r) => r.project.sectorStated === want
  }
  if (filters.stageBasis !== 'any') {
    const want = filters.stageBasis === 'stated'
    out.stageBasis = (r) => r.project.stageStated === want
  }
  const terms = filters.q.trim().toLowerCase().split(/\s+/).filter(Boolean)
  if (terms.length) out.q = (r) => terms.every((t) => r.haystack[lang].includes(t))
  return out
}

/** One test for every active filter except those in `skip`; null when nothing is left to test. */
export function predicate(
  filters: Filters,
  lang: Lang,
  skip: readonly Dimension[] = [],
): ((row: Row) => boolean) | null {
  return combineTests(tests(filters, lang), skip)
}

/**
 * Rows that pass every active filter except those in `skip` (for cross-filtering charts). With no
 * active filter it returns `rows` itself (no copy of 100,000 rows): treat the result as read-only.
 */
export function applyFilters(
  rows: readonly Row[],
  filters: Filters,
  lang: Lang,
  skip: readonly Dimension[] = [],
): readonly Row[] {
  const test = predicate(filters, lang, skip)
  return test ? rows.filter(test) : rows
}
