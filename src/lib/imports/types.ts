// The shapes every reader shares: a sheet of cells as the user sees it in Excel, and the issues a
// reader raises about a row. Plain objects and arrays only, so results cross a worker boundary
// (structured clone) and can be kept in a store as they are.

/** Where a cell's value comes from when it lies inside a merged range (0-based position of the anchor). */
export type MergeRef = {
  row: number
  col: number
  /** This cell is the merge's top-left one, the one that holds the value in the file. */
  anchor: boolean
}

export type Cell = {
  /** The value as stored: a number cell's number, a text cell's text; null for a blank cell. */
  raw: string | number | boolean | null
  /** The text as the user sees it: the formatted text of a number cell, the field of a CSV; '' when blank. */
  text: string
  /** A date cell (XLSX date format), as yyyy-mm-dd (yyyy-mm when its format shows no day): no time zone shifts it. */
  date?: string
  /** An error cell (#N/A, #DIV/0!, #REF!): never a value. */
  error?: true
  /** Present on every cell of a merged range: covered cells repeat the anchor's raw/text/date. */
  merge?: MergeRef
}

/** A merged range, 0-based and inclusive, as the file declares it. */
export type Merge = { top: number; left: number; bottom: number; right: number }

export type Sheet = {
  name: string
  /** rows[i] is Excel row i + 1 and rows[i][j] column j (A = 0): every row has the sheet's full width. */
  rows: Cell[][]
  merges: Merge[]
  /** Hidden in the workbook (often last month's copy): readers skip it unless asked to include it. */
  hidden?: true
}

export type TableBook = {
  sheets: Sheet[]
  /** How the bytes were read: 'xlsx' for any spreadsheet SheetJS opened, else the text encoding. */
  format: 'xlsx' | 'csv'
  /** For text files: 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be' or 'gb18030' (covers GBK). */
  encoding?: string
  /** For text files: the field separator found (',', '\t' or ';'). */
  delimiter?: string
}

/** The one blank cell every reader shares: blank cells are most of a sheet and need no objects of their own. */
export const BLANK: Cell = Object.freeze({ raw: null, text: '' }) as Cell

/**
 * Why a row or a value was not taken. Codes, not sentences: the UI words each code in zh and en
 * from its params. Keep this list complete: a UI table keyed on it is then checked by the compiler.
 */
export const ISSUE_CODES = [
  // files and sheets
  'unreadable-file', // params: detail
  'empty-file',
  'no-header', // no row of the sheet reads as a header
  'hidden-sheet', // a hidden sheet, not read (options.includeHidden reads it)
  'missing-column', // params: field (a required field has no column)
  'amount-unit-assumed', // params: unit (no 单位 in title, header or cells)
  // values
  'not-a-number', // params: text
  'approximate-number', // params: text, word (约, 多, 余, 左右 ...)
  'number-range', // params: text (5-6)
  'bad-grouping', // params: text (1,23 is neither a thousands group nor a decimal)
  'unknown-unit', // params: text, unit
  'unit-mismatch', // params: unit, expected
  'error-cell', // params: text (#N/A ...)
  'negative-amount', // params: value
  'unreadable-date', // params: text
  'ambiguous-month', // params: text (2023.10 typed into Excel is the number 2023.1: October or January?)
  // periods
  'unreadable-period', // params: text
  'no-year', // params: text (1-3月 with no report year given)
  'month-out-of-range', // params: text
  'not-cumulative', // params: text (4-6月, 二季度 alone, 下半年: not a year-to-date figure)
  'future-period', // params: period, asOf
  // actuals
  'unknown-indicator', // params: text, suggestion?
  'ambiguous-indicator', // params: text, candidates (comma-separated ids)
  'missing-indicator',
  'missing-period',
  'missing-value', // neither value nor growth
  'implausible-growth', // params: value, limit
  'implausible-value', // params: value, unit, reference, referenceUnit (100× off: a 万元/亿元 slip)
  'duplicate-conflict', // params: otherRow, otherValue, value, field
  'duplicate-same', // params: otherRow
  'conflicts-existing', // params: field, existing, value
  'same-as-existing',
  'replaces-existing', // params: field, existing, value
  'unit-assumed', // params: rows (values without a unit, read in their indicator's unit)
  'single-month-column', // params: header (当月 values are not cumulative: column not read)
  // ledger
  'missing-name',
  'total-row', // params: word (合计/小计/总计)
  'sum-of-rows', // params: from, to (an unlabelled row equal to the sum of those rows)
  'section-row', // params: label
  'repeated-header',
  'note-row', // params: word (注, 填报 ...)
  'merged-amount', // params: anchorRow (an amount merged over rows counts once, on its first row)
  'duplicate-name', // params: otherRow
  'completed-exceeds-total', // params: completed, total
  'plan-exceeds-total', // params: plan, total
] as const
export type IssueCode = (typeof ISSUE_CODES)[number]

export type IssueParams = Record<string, string | number>

/** One thing a reader says about a row (or a whole sheet when row is 0). */
export type RowIssue = {
  sheet: string
  /** 1-based sheet row as Excel shows it; 0 for the sheet as a whole. */
  row: number
  /** Column letter as Excel shows it (A, B ... AA), when one column is at fault. */
  column?: string
  /** The column's header text, when the sheet has one. */
  header?: string
  /** error: the row is rejected; warning: taken, with a note; skipped: not data (合计, 一、新开工项目, blank). */
  severity: 'error' | 'warning' | 'skipped'
  code: IssueCode
  params?: IssueParams
}

/** Where an accepted row comes from, to show beside every figure. */
export type RowSource = { sheet: string; row: number }

/** A → 0 ... Z → 25, AA → 26: Excel's column letters from a 0-based index. */
export function columnLetter(col: number): string {
  let n = col + 1
  let out = ''
  while (n > 0) {
    const rem = (n - 1) % 26
    out = String.fromCharCode(65 + rem) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}
