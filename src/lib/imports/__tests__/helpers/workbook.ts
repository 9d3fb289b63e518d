// Builds spreadsheets in tests the way staff's files look: title rows, merged ranges, number formats.
import * as XLSX from '@e965/xlsx'

export type SheetSpec = {
  name: string
  rows: unknown[][]
  /** A1-style ranges: 'A1:H1'. */
  merges?: string[]
  /** The range the file claims, when it claims more than its cells (formatting down to row 1048576). */
  ref?: string
  hidden?: boolean
}

/** A cell with a number format (a date, a percentage), as Excel stores it. */
export function formatted(v: number, z: string): XLSX.CellObject {
  return { t: 'n', v, z }
}

export function xlsxBytes(sheets: SheetSpec[]): Uint8Array {
  const wb = XLSX.utils.book_new()
  for (const spec of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(spec.rows)
    if (spec.merges) ws['!merges'] = spec.merges.map((m) => XLSX.utils.decode_range(m))
    if (spec.ref) ws['!ref'] = spec.ref
    XLSX.utils.book_append_sheet(wb, ws, spec.name)
  }
  wb.Workbook = { Sheets: sheets.map((s) => ({ name: s.name, Hidden: s.hidden ? 1 : 0 })) }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}
