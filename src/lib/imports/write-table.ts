// Writing rows back as files staff open in Excel or WPS: the templates to fill in and the exports
// with status columns added. Apart from the readers so that reading code never pulls this in.
import * as XLSX from '@e965/xlsx'
import { BOM, type CsvValue, toCsv } from '../export/csv'

export type OutValue = string | number | null | undefined

export type OutColumn<T> = {
  header: string
  value: (row: T) => OutValue
  /** Width in characters; Chinese characters count two. Defaults to fit the header. */
  width?: number
  /** Excel number format for the column's numbers: '#,##0.00', '0.0"%"'. */
  format?: string
}

export type OutSheet<T> = {
  name: string
  columns: readonly OutColumn<T>[]
  rows: readonly T[]
  /** Lines above the header (the title, 单位：万元, 截至6月底): our readers skip them as staff's do. */
  preamble?: readonly string[]
}

function displayWidth(text: string): number {
  let w = 0
  for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? 2 : 1
  return w
}

// Excel limits sheet names to 31 characters without []:*?/\ and wants them unique.
function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet'
  let out = base
  for (let i = 2; taken.has(out); i++) out = `${base.slice(0, 28)} (${i})`
  taken.add(out)
  return out
}

/** An .xlsx workbook, one sheet per OutSheet, as the bytes of a file to download. */
export function buildXlsx<T>(sheets: readonly OutSheet<T>[]): ArrayBuffer {
  const wb = XLSX.utils.book_new()
  const taken = new Set<string>()
  for (const s of sheets) {
    const preamble = (s.preamble ?? []).map((line) => [line])
    const header = s.columns.map((c) => c.header)
    const body = s.rows.map((row) => s.columns.map((c) => c.value(row) ?? null))
    const ws = XLSX.utils.aoa_to_sheet([...preamble, header, ...body])
    ws['!cols'] = s.columns.map((c) => ({ wch: c.width ?? Math.max(8, displayWidth(c.header) + 2) }))
    s.columns.forEach((c, col) => {
      if (!c.format) return
      for (let r = 0; r < body.length; r++) {
        const cell = ws[XLSX.utils.encode_cell({ r: preamble.length + 1 + r, c: col })] as
          | XLSX.CellObject
          | undefined
        if (cell && cell.t === 'n') cell.z = c.format
      }
    })
    XLSX.utils.book_append_sheet(wb, ws, sheetName(s.name, taken))
  }
  return XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer
}

/** CSV text with a UTF-8 BOM (Excel on a Chinese Windows otherwise reads it as GBK), as bytes. */
export function buildCsv<T>(columns: readonly OutColumn<T>[], rows: readonly T[]): Uint8Array {
  const text = toCsv<T>(
    rows,
    columns.map((c) => ({ header: c.header, value: (row: T): CsvValue => c.value(row) })),
  )
  return new TextEncoder().encode(BOM + text)
}
