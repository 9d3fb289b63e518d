import { readActuals } from './actuals-book'
import type { ActualsOptions } from './actuals-types'
import { analyzeLedgerSheet, type LedgerAnalysis } from './ledger-analyze'
import { type LedgerOptions, readLedger } from './ledger-read'
import { readTable } from './read-table'
import type { RowIssue, Sheet } from './types'

/** What opening a file found: its sheets (names, sizes) and the problems reading it. */
export type OpenedFile = {
  name: string
  format: 'xlsx' | 'csv'
  encoding?: string | undefined
  sheets: { name: string; rows: number; hidden: boolean }[]
  issues: RowIssue[]
}

/**
 * One file being imported: read once, then asked for actuals or a ledger (again with a corrected
 * mapping) without reading it again. Holds the parsed workbook; runs in a worker (./worker.ts) or,
 * where there is none, on the page (./client.ts decides).
 */
export function createImportSession() {
  let sheets: Sheet[] = []
  return {
    open(bytes: Uint8Array, name: string): OpenedFile {
      const book = readTable(bytes, name)
      sheets = book.sheets
      return {
        name,
        format: book.format,
        encoding: book.encoding,
        sheets: sheets.map((s) => ({ name: s.name, rows: s.rows.length, hidden: Boolean(s.hidden) })),
        issues: book.issues,
      }
    },
    /** The ledger reader's guess for every sheet (header, columns, as-of date, amounts unit); null for a sheet with no header. */
    analyzeLedger(): (LedgerAnalysis | null)[] {
      return sheets.map((s) => analyzeLedgerSheet(s) ?? null)
    },
    actuals: (opts: ActualsOptions) => readActuals({ sheets }, opts),
    ledger: (opts: Omit<LedgerOptions, 'onProgress'>, onProgress?: (done: number, total: number) => void) =>
      readLedger({ sheets }, onProgress ? { ...opts, onProgress } : opts),
  }
}

export type ImportSession = ReturnType<typeof createImportSession>
