// The Dexie database: its versions and the migration between them. Every schema change adds a
// version here with an upgrade, and a test that opens a database of the previous version.
import { Dexie, type Table, type Transaction } from 'dexie'
import { compact } from './ids'
import type {
  ChangeRecord,
  DocRecord,
  EventRecord,
  ImportRecord,
  LedgerChunkRecord,
  LedgerRowRecord,
  SnapshotRecord,
} from './records'
import { chunkRows, slotKey } from './records'

export const DB_NAME = 'work-report-dashboard'
export const DB_VERSION = 3

/**
 * v1, the first layout: one `actuals` table, the period as 'YYYY-MM' text and the time inside the
 * source. No release wrote it; it is kept so the migration path is exercised from day one.
 */
export const STORES_V1 = { actuals: 'id, reportId', imports: 'id' }

/** v2: one record per ledger row. Only indexed fields are listed; records carry more. */
export const STORES_V2 = {
  imports: 'id, kind',
  // No index on `key`: slots are grouped in memory after reading a report, and each index costs writes.
  changes: 'id, reportId, source.importId',
  events: 'id, target',
  snapshots: 'id, importId, reportId',
  ledgerRows: 'id, snapshotId, nameKey',
  docs: 'id, [type+key], type',
  actuals: null, // dropped after the upgrade has copied it
}

/** v3, the current layout: ledger rows kept in chunks of up to CHUNK_ROWS rows (see records.ts). */
export const STORES_V3 = {
  imports: 'id, kind',
  changes: 'id, reportId, source.importId',
  events: 'id, target',
  snapshots: 'id, importId, reportId',
  ledgerChunks: 'id, snapshotId',
  docs: 'id, [type+key], type',
  ledgerRows: null, // dropped after the upgrade has chunked it
}

export type Factory = { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }

export class WorkDb extends Dexie {
  declare imports: Table<ImportRecord, string>
  declare changes: Table<ChangeRecord, string>
  declare events: Table<EventRecord, string>
  declare snapshots: Table<SnapshotRecord, string>
  declare ledgerChunks: Table<LedgerChunkRecord, string>
  declare docs: Table<DocRecord, string>

  constructor(name: string, factory?: Factory) {
    super(name, { ...factory, autoOpen: true })
    this.version(1).stores(STORES_V1)
    this.version(2).stores(STORES_V2).upgrade(upgradeFromV1)
    this.version(3).stores(STORES_V3).upgrade(upgradeFromV2)
  }
}

type V1Source = {
  kind: ChangeRecord['source']['kind']
  importId?: string
  file?: string
  row?: number
  at: string
  by?: string
}
type V1Actual = {
  id: string
  reportId: string
  indicatorId: string
  period: string
  value?: number
  unit?: string
  growth?: number
  source: V1Source
}
type V1Import = { id: string; file: string; rows: number; at: string; by?: string }

/** v1 → v2: split the period, lift the time and author out of the source, give imports their counts. */
async function upgradeFromV1(tx: Transaction): Promise<void> {
  const actuals = (await tx.table('actuals').toArray()) as V1Actual[]
  const changes = actuals.map((a): ChangeRecord => {
    const [year, month] = a.period.split('-').map(Number) as [number, number]
    const { at, by, ...source } = a.source
    return compact({
      id: a.id,
      updatedAt: at,
      author: by,
      reportId: a.reportId,
      indicatorId: a.indicatorId,
      year,
      month,
      key: slotKey(a.reportId, a.indicatorId, year, month),
      value: a.value,
      unit: a.unit,
      growth: a.growth,
      source: compact(source),
    })
  })
  await tx.table('changes').bulkAdd(changes)
  await tx
    .table('imports')
    .toCollection()
    .modify((imp: V1Import & Partial<ImportRecord>) => {
      const old = { ...imp }
      for (const k of Object.keys(imp)) delete (imp as Record<string, unknown>)[k]
      Object.assign(
        imp,
        compact({
          id: old.id,
          updatedAt: old.at,
          author: old.by,
          kind: 'actuals',
          file: old.file,
          counts: { rows: old.rows, accepted: old.rows, rejected: 0 },
          example: false,
        }),
      )
    })
}

/** v2 → v3: a snapshot's rows, one record each, into chunks of rows (order kept by row id). */
async function upgradeFromV2(tx: Transaction): Promise<void> {
  const rows = (await tx.table('ledgerRows').toArray()) as LedgerRowRecord[]
  await tx.table('ledgerChunks').bulkAdd(chunkRows(rows))
}
