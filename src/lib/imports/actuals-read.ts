// Monthly and quarterly cumulative actuals (issue 11) from any of the shapes actuals-layout.ts knows,
// into rows per indicator and period, each with its file row; every rejected figure says why.
import { type ActualsLayout, detectActualsLayout } from './actuals-layout'
import { type RowReader, readActualsRow } from './actuals-row'
import type { ActualRow, ActualsOptions } from './actuals-types'
import { indicatorMatcher } from './indicator-match'
import type { RowIssue, Sheet } from './types'

export type { ActualRow, ActualsOptions, ExistingActual } from './actuals-types'

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
