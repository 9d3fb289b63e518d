// Shared CSV export: a pure builder (RFC 4180 quoting, CRLF rows) and a Blob that prefixes a UTF-8 BOM
// so Excel on Windows reads Chinese correctly instead of guessing GBK. Downloading: ./index.ts.

export type CsvValue = string | number | boolean | null | undefined
export type CsvColumn<T> = { header: string; value: (row: T) => CsvValue }

export const BOM = '\uFEFF'

// A cell that starts like a formula would run as one when the file is opened in a spreadsheet
// (CSV injection); a leading apostrophe makes it text. Numbers are written as numbers and exempt.
const FORMULA_START = /^[=+\-@\t\r]/

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  let text = String(value)
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** CSV text (no BOM) with a header row; every row ends in CRLF as RFC 4180 asks. */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const lines = [columns.map((c) => cell(c.header)).join(',')]
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row))).join(','))
  return `${lines.join('\r\n')}\r\n`
}

/**
 * The CSV with notes below its rows, after an empty line, one cell each (筛选：…, the caveat, 来源：…):
 * a chart's table pasted on its own still says what it was filtered by and what its sums leave out,
 * as the exported image does. A reader of the rows stops at the empty line.
 */
export function withNotes(csv: string, notes: readonly CsvValue[]): string {
  const kept = notes.filter((n) => n !== undefined && n !== null && n !== '')
  return kept.length ? `${csv}\r\n${kept.map((n) => `${cell(n)}\r\n`).join('')}` : csv
}

/** A Blob of the CSV with a UTF-8 BOM, ready to download. */
export function csvBlob(csv: string): Blob {
  return new Blob([BOM, csv], { type: 'text/csv;charset=utf-8' })
}
