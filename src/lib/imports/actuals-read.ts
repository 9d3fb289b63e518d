// Monthly and quarterly cumulative actuals (issue 11) from any of the shapes actuals-layout.ts knows,
// into rows per indicator and period, each with its file row; every rejected figure says why.
import type { ExistingActual } from './actuals-duplicates'
import { type ActualsLayout, detectActualsLayout } from './actuals-layout'
import { type RowReader, readActualsRow } from './actuals-row'
import type { CellUnit } from './cell-units'
import { type IndicatorCandidate, indicatorMatcher } from './indicator-match'
import type { CumulativePeriod } from './parse-period'
import type { RowIssue, Sheet } from './types'

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

export type ActualsSheetResult = {
  sheet: string
  layout?: ActualsLayout
  rows: ActualRow[]
  issues: RowIssue[]
}

export function readActualsSheet(sheet: Sheet, opts: ActualsOptions): ActualsSheetResult {
  const match = indicatorMatcher(opts.candidates)
  const layout = detectActualsLayout(sheet, {
    ...(opts.year === undefined ? {} : { year: opts.year }),
    match,
  })
  if (!layout) {
    return {
      sheet: sheet.name,
      rows: [],
      issues: [{ sheet: sheet.name, row: 0, severity: 'error', code: 'no-header' }],
    }
  }
  const byId = new Map(opts.candidates.map((c) => [c.id, c]))
  const reader: RowReader = {
    sheet,
    layout,
    opts,
    match,
    candidate: (id) => byId.get(id),
    assumed: new Map(),
  }
  const result: ActualsSheetResult = { sheet: sheet.name, layout, rows: [], issues: [] }
  const sheetIssue = (
    col: number,
    severity: RowIssue['severity'],
    code: RowIssue['code'],
    params: RowIssue['params'],
  ) => {
    const column = layout.header.columns[col]
    result.issues.push({
      sheet: sheet.name,
      row: 0,
      ...(column ? { column: column.letter, header: column.text } : {}),
      severity,
      code,
      ...(params ? { params } : {}),
    })
  }
  for (const column of layout.singleMonth) {
    sheetIssue(column.col, 'warning', 'single-month-column', { header: column.text })
  }
  for (let r = layout.header.dataStart; r < sheet.rows.length; r++) {
    const read = readActualsRow(reader, r)
    result.rows.push(...read.rows)
    result.issues.push(...read.issues)
  }
  // Values without a unit were read in their indicator's unit: said once per column, not per row.
  for (const [col, rows] of reader.assumed) sheetIssue(col, 'warning', 'unit-assumed', { rows })
  result.issues.sort((a, b) => a.row - b.row)
  return result
}
