// Tables export as CSV that Excel (zh-CN Windows included) opens with the right encoding: UTF-8
// with a byte-order mark, CRLF line ends, every field quoted when it needs to be (RFC 4180).

export type CsvColumn<T> = {
  header: string
  value: (row: T) => string | number | boolean | null | undefined
}

export const BOM = '\uFEFF'

function field(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return ''
  const s = String(v)
  // Quote when needed; also neutralise leading =,+,-,@ so a spreadsheet never runs a cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s
  return /[",\r\n]/.test(safe) || safe !== s ? `"${safe.replaceAll('"', '""')}"` : safe
}

export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const lines = [columns.map((c) => field(c.header)).join(',')]
  for (const row of rows) lines.push(columns.map((c) => field(c.value(row))).join(','))
  return `${BOM}${lines.join('\r\n')}\r\n`
}

export function csvBlob(text: string): Blob {
  return new Blob([text], { type: 'text/csv;charset=utf-8' })
}
