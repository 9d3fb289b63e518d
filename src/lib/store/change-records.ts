// A figure's change record: how the features' input becomes a record, and a record a value they read.
// Shared by hand edits, imports and example data, which differ only in their source.
import type { Connection } from './connection'
import { checked, StoreInputError } from './errors'
import { compact } from './ids'
import {
  type ChangeRecord,
  ChangeRecord as ChangeSchema,
  type ChangeSource,
  type ImportRecord,
  slotKey,
} from './records'

export type Period = { year: number; month: number } // cumulative 1–month月 of year
export type Layer = 'real' | 'example' // example data is invented: never mixed with real figures

/** One figure as the features give it (an import row, a hand edit, an example value). */
export type ActualInput = {
  reportId: string
  indicatorId: string
  period: Period
  value?: number | undefined // cumulative level, in `unit`
  unit?: string | undefined
  growth?: number | undefined // cumulative growth, %
  sheet?: string | undefined // where an imported row came from
  row?: number | undefined
  note?: string | undefined
}

/** Where a figure came from: file and row for imports, who and when for all. */
export type ActualSource = ChangeSource & { at: string; by?: string }

export type ActualValue = {
  changeId: string
  reportId: string
  indicatorId: string
  period: Period
  value?: number
  unit?: string
  growth?: number
  note?: string
  source: ActualSource
}

/** A change as the history shows it, and what became of it. */
export type HistoryEntry = ActualValue & {
  state: 'current' | 'superseded' | 'undone' | 'import-undone' | 'cleared'
}

export type ImportBatch = {
  reportId: string
  file: string
  sheet?: string | undefined
  counts?: { rows: number; accepted: number; rejected: number } | undefined // from the preview
  by?: string | undefined
}

export function toValue(c: ChangeRecord): ActualValue {
  return compact({
    changeId: c.id,
    reportId: c.reportId,
    indicatorId: c.indicatorId,
    period: { year: c.year, month: c.month },
    value: c.value,
    unit: c.unit,
    growth: c.growth,
    note: c.note,
    source: compact({ ...c.source, at: c.updatedAt, by: c.author }),
  })
}

export function buildChange(
  conn: Connection,
  input: ActualInput,
  source: ChangeSource,
  by?: string,
): ChangeRecord {
  const { year, month } = input.period
  const record = compact({
    ...conn.stamp('chg', by),
    reportId: input.reportId,
    indicatorId: input.indicatorId,
    year,
    month,
    key: slotKey(input.reportId, input.indicatorId, year, month),
    value: input.value,
    unit: input.unit,
    growth: input.growth,
    source: compact({ ...source, sheet: input.sheet ?? source.sheet, row: input.row }),
    note: input.note,
  })
  return checked(ChangeSchema, record, `${input.indicatorId} ${year}-${month}`)
}

/** Writes an import record and its changes in one transaction: all or nothing. */
export async function writeImport(
  conn: Connection,
  batch: ImportBatch,
  rows: readonly ActualInput[],
  example: boolean,
): Promise<ImportRecord> {
  const imp: ImportRecord = compact({
    ...conn.stamp(example ? 'exm' : 'imp', batch.by),
    kind: 'actuals' as const,
    reportId: batch.reportId,
    file: batch.file,
    sheet: batch.sheet,
    counts: batch.counts ?? { rows: rows.length, accepted: rows.length, rejected: 0 },
    example,
  })
  const kind = example ? 'example' : 'import'
  const changes = rows.map((r) => {
    if (r.reportId !== batch.reportId)
      throw new StoreInputError(batch.file, [
        `row for report ${r.reportId} in an import for ${batch.reportId}`,
      ])
    return buildChange(
      conn,
      r,
      compact({ kind, importId: imp.id, file: batch.file, sheet: batch.sheet }),
      batch.by,
    )
  })
  await conn.write((db) =>
    db.transaction('rw', db.imports, db.changes, async () => {
      await db.imports.add(imp)
      await db.changes.bulkAdd(changes)
    }),
  )
  return imp
}
