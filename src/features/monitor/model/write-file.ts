import type { Table } from './files'

/**
 * The table as the bytes of a .csv (UTF-8 with BOM, title lines first) or .xlsx file. The writers load
 * here, when a button is pressed: SheetJS never weighs on the screen itself.
 */
export async function tableBytes<R>(table: Table<R>, format: 'csv' | 'xlsx'): Promise<Uint8Array> {
  if (format === 'xlsx') {
    const { buildXlsx } = await import('@/lib/imports/write-table')
    return new Uint8Array(buildXlsx([table]))
  }
  const { BOM, toCsv } = await import('@/lib/export/csv')
  const [first = '', ...rest] = table.preamble
  // Title lines as a one-column table of their own: quoted by the same rules as the data below them.
  const preamble = table.preamble.length
    ? toCsv(
        rest.map((line) => ({ line })),
        [{ header: first, value: (r: { line: string }) => r.line }],
      )
    : ''
  const body = toCsv(
    table.rows,
    table.columns.map((c) => ({ header: c.header, value: (r: R) => c.value(r) ?? null })),
  )
  return new TextEncoder().encode(BOM + preamble + body)
}

/** Downloads the table as a file named after its title. */
export async function downloadTable<R>(table: Table<R>, format: 'csv' | 'xlsx', title: string) {
  const bytes = await tableBytes(table, format)
  const { downloadBlob, fileName } = await import('@/lib/export/download')
  const type =
    format === 'csv'
      ? 'text/csv;charset=utf-8'
      : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  downloadBlob(new Blob([bytes as BlobPart], { type }), fileName(title, format))
}
