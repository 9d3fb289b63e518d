import type { Lang } from '@/lib/format/quantity'
import { type EmptyReason, emptyReason } from './clauses'
import type { Filters } from './filter-spec'
import { bySector, byStage, type SectorBar, type StageBar } from './group'
import { predicate, type Row } from './rows'

/** What the list needs: the rows passing every filter (in the chosen order), the count, and why it is empty if it is. */
export type ListView = { visible: readonly Row[]; total: number; empty: EmptyReason | null }

export function listView(
  rows: readonly Row[],
  visible: readonly Row[],
  filters: Filters,
  lang: Lang,
): ListView {
  return { visible, total: rows.length, empty: emptyReason(rows, filters, lang, visible.length) }
}

// Cross-filtering: each chart ignores its own dimension so its other bars stay clickable. Each part
// of the screen computes its own piece (in its own component), so a deferred render can yield
// between them instead of blocking one frame on all of them.

/** Sector bars: every filter but the sector one. */
export function sectorBarsOf(rows: readonly Row[], filters: Filters, lang: Lang): SectorBar[] {
  return bySector(rows, filters.sector, predicate(filters, lang, ['sector']))
}

/** Stage bars: every filter but the stage one. */
export function stageBarsOf(rows: readonly Row[], filters: Filters, lang: Lang): StageBar[] {
  return byStage(rows, filters.stage, predicate(filters, lang, ['stage']))
}
