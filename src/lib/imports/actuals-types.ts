// The shapes of the actuals reader (issue 11), apart from the code that fills them, so the reader's
// parts (rows, duplicates) can share them without importing each other.
import type { CellUnit } from './cell-units'
import type { IndicatorCandidate } from './indicator-match'
import type { CumulativePeriod } from './parse-period'

export type ActualRow = {
  indicatorId: string
  period: CumulativePeriod
  value?: number // year-to-date level, in unit
  unit?: CellUnit // the indicator's unit when the catalog gives one, else as the file states it
  growth?: number // year-to-date growth on the same period of last year, %
  /** The file row, and the columns its figures were read from. */
  source: { sheet: string; row: number; columns: string[] }
}

export type ActualsOptions = {
  candidates: readonly IndicatorCandidate[]
  /** The report's year, for periods written without one (1-3月, 上半年). */
  year?: number
  /** The latest month with data ("today" for the statistics): a later period is rejected. */
  asOf?: { year: number; month: number }
  /** Values already kept: a different figure for the same indicator and period is a conflict. */
  existing?: readonly ExistingActual[]
  /** Take a differing figure as a correction of the kept one (a warning), instead of rejecting it. */
  replaceExisting?: boolean
  /** Read hidden sheets too (skipped by default: they are usually an old copy). */
  includeHidden?: boolean
  /** |growth| above this (in %) is a typo, not a figure: 250% for retail sales is 25.0% mistyped. */
  growthLimit?: number
}

/** A figure already kept, as the store holds it. period is the CumulativePeriod key ('2023-03'). */
export type ExistingActual = {
  indicatorId: string
  period: string
  value?: number
  unit?: CellUnit
  growth?: number
}
