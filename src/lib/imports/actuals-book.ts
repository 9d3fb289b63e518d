// A whole actuals file: every sheet read, hidden ones skipped, duplicates checked across the file and
// against the figures already kept.
import { checkDuplicates } from './actuals-duplicates'
import {
  type ActualRow,
  type ActualsOptions,
  type ActualsSheetResult,
  readActualsSheet,
} from './actuals-read'
import type { RowIssue, TableBook } from './types'

export type ActualsResult = { sheets: ActualsSheetResult[]; rows: ActualRow[]; issues: RowIssue[] }

/** Every sheet with an actuals header; duplicates are checked across the whole file and the kept values. */
export function readActuals(book: Pick<TableBook, 'sheets'>, opts: ActualsOptions): ActualsResult {
  const sheets = book.sheets.map(
    (s): ActualsSheetResult =>
      s.hidden && !opts.includeHidden
        ? {
            sheet: s.name,
            rows: [],
            issues: [{ sheet: s.name, row: 0, severity: 'skipped', code: 'hidden-sheet' }],
          }
        : readActualsSheet(s, opts),
  )
  // A workbook may hold an actuals table and a sheet of notes: the notes sheet is then skipped, not an
  // error (it is still listed, so the user sees it was looked at).
  if (sheets.some((s) => s.layout)) {
    for (const s of sheets) if (!s.layout) for (const i of s.issues) i.severity = 'skipped'
  }
  const { rows, issues } = checkDuplicates(
    sheets.flatMap((s) => s.rows),
    opts,
  )
  for (const issue of issues) sheets.find((s) => s.sheet === issue.sheet)?.issues.push(issue)
  for (const s of sheets) {
    s.rows = rows.filter((row) => row.source.sheet === s.sheet)
    s.issues.sort((a, b) => a.row - b.row)
  }
  return { sheets, rows, issues: sheets.flatMap((s) => s.issues) }
}
