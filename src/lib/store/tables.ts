// Whole-database reads and writes: the backup, the restore and the fall-back to memory all copy
// every table, in one transaction so a copy is never half made. They speak of the logical tables
// (records.ts TABLES: ledger rows one by one); on disk the rows sit in chunks (schema v3), converted here.
import type { WorkDb } from './db'
import { chunkRows, type LedgerChunkRecord, TABLE_NAMES, type TableName, type TableRecords } from './records'

/** The physical table that holds a logical one. */
const physical = (name: TableName) => (name === 'ledgerRows' ? 'ledgerChunks' : name)

export function tablesOf(db: WorkDb) {
  return TABLE_NAMES.map((name) => db.table(physical(name)))
}

export async function readAll(db: WorkDb): Promise<TableRecords> {
  return db.transaction('r', tablesOf(db), async () => {
    const entries = await Promise.all(
      TABLE_NAMES.map(async (name) => {
        const records = await db.table(physical(name)).toArray()
        return [
          name,
          name === 'ledgerRows' ? (records as LedgerChunkRecord[]).flatMap((c) => c.rows) : records,
        ] as const
      }),
    )
    return Object.fromEntries(entries) as TableRecords
  })
}

export function countAll(data: Partial<TableRecords>): Record<TableName, number> {
  return Object.fromEntries(TABLE_NAMES.map((n) => [n, data[n]?.length ?? 0])) as Record<TableName, number>
}

/** Adds records (must be inside a rw transaction over all tables). */
export async function addAll(db: WorkDb, data: Partial<TableRecords>): Promise<void> {
  for (const name of TABLE_NAMES) {
    const rows = data[name]
    if (!rows || rows.length === 0) continue
    if (name === 'ledgerRows') await db.ledgerChunks.bulkAdd(chunkRows(data.ledgerRows ?? []))
    else await db.table(name).bulkAdd(rows)
  }
}
