import { SECTORS, STAGES } from '../dataset/taxonomy'
import { ledgerSpec } from './ledger-spec'
import { type Codec, decimal, int, listOf, oneOf, text } from './params'

// The URL of every screen that has view state, in one place: what a link may say and how it reads.
// Screens read these through useSearchState(spec); the route builder (./routes.ts) writes them.

export const TARGETS_SORT_KEYS = ['report', 'indicator', 'growth', 'target', 'gap'] as const
export type TargetsSortKey = (typeof TARGETS_SORT_KEYS)[number]

/** Targets: `#/targets?view=table&sort=gap&dir=desc` (the chart/table choice, the table's order). */
export const targetsSpec = {
  view: oneOf(['chart', 'table'] as const, 'chart'),
  sort: oneOf(TARGETS_SORT_KEYS, 'report'),
  dir: oneOf(['asc', 'desc'] as const, 'asc'),
}

/** Monitoring: `#/monitor?order=status` lists the targets worst first instead of in the report's order. */
export const monitorSpec = { order: oneOf(['report', 'status'] as const, 'report') }

/** One target's page: `#/monitor/gdp?view=table&year=2022` (the year shown; the plan year by default). */
export const monitorDetailSpec = {
  view: oneOf(['chart', 'table'] as const, 'chart'),
  year: int(1900, 2200),
}

/** Counties side by side: `#/compare?year=2023` (the year compared; by default the shown report's, else the newest). */
export const compareSpec = { year: int(1900, 2200) }

export const SORT_KEYS = ['report', 'name', 'sector', 'stage', 'investment', 'section'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export const BASES = ['any', 'stated', 'inferred'] as const
export type Basis = (typeof BASES)[number]

/** Largest investment a range may name, in 亿元: far above any county project, rejects typos like 1e9. */
export const MAX_INVESTMENT = 100_000

/** Projects: `#/projects?sector=energy&stage=trial&min=1` (and the same on a project's page, for "back"). */
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
  // The county's ledger joined with the report's projects (issue 12): township, unit, light …
  ...ledgerSpec,
}

/** Source: q search words · hl an item id whose quote is highlighted · sec the section scrolled to. */
export const sourceSpec = { q: text(100), hl: text(80), sec: text(80) }

const SLIDE_ID = /^[a-z0-9][a-z0-9.-]*$/
export const MAX_AUTO_SECONDS = 600

/**
 * A comma-separated list of well-formed slide ids, duplicates removed, order kept. Slide ids depend
 * on the report (one per area), so only their shape is checked here; the deck drops ids it has no
 * slide for and says so.
 */
export function slideIds(): Codec<string[]> {
  return {
    parse: (raw) => {
      const ids = raw.flatMap((r) => r.split(',')).filter(Boolean)
      return ids.length && ids.every((i) => SLIDE_ID.test(i) && i.length <= 80)
        ? [...new Set(ids)]
        : undefined
    },
    serialize: (v) => (v.length ? [v.join(',')] : []),
    fallback: [],
  }
}

/** A 1-based slide number; any positive number parses, the deck clamps it to its length. */
export function slideNumber(): Codec<number | null> {
  return {
    parse: (raw) =>
      raw.length === 1 && /^\d{1,6}$/.test(raw[0] ?? '') && Number(raw[0]) >= 1 ? Number(raw[0]) : undefined,
    serialize: (v) => (v === null || v === 1 ? [] : [String(v)]),
    fallback: null,
  }
}

/** The deck: `#/present?slides=title,kpis,area-parks&slide=3&auto=10`. */
export const deckSpec = {
  slides: slideIds(),
  slide: slideNumber(),
  auto: int(1, MAX_AUTO_SECONDS), // seconds per slide; absent = no auto-advance
  /** 'presenter': the presenter's window (current and next slide, notes, timer), kept in sync. */
  view: oneOf(['audience', 'presenter'], 'audience'),
}
