// What the store keeps, record by record. The zod schemas are the one source of the record types and
// check every record that enters from outside (a backup file). Records are designed for replication
// (CouchDB later): string ids, immutable once written, `updatedAt`/`author` on each, deletions as
// records (tombstones, undo events), never an in-place update.
import * as z from 'zod/mini'

const text = (max = 2000) => z.string().check(z.minLength(1), z.maxLength(max))
const int = (min: number, max: number) => z.number().check(z.int(), z.gte(min), z.lte(max))
const finite = () => z.number().check(z.refine(Number.isFinite, 'must be a finite number'))
/** An ISO time stamp as `Date.toISOString()` writes it (UTC). */
const Timestamp = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'an ISO UTC time'))
export const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD'))

const meta = {
  id: text(120),
  updatedAt: Timestamp, // when this record was written (records are never rewritten)
  author: z.optional(text(200)), // who wrote it; the staff member's name once a server shares data
}

export const SOURCE_KINDS = ['import', 'manual', 'example'] as const
export const ChangeSource = z.strictObject({
  kind: z.enum(SOURCE_KINDS),
  importId: z.optional(text(120)),
  file: z.optional(text(500)),
  sheet: z.optional(text(200)),
  row: z.optional(int(1, 10_000_000)), // 1-based row number in the sheet, as the user sees it
})

/** One change of an actual figure: a value set by an import, by hand, or as invented example data. */
export const ChangeRecord = z.strictObject({
  ...meta,
  reportId: text(80),
  indicatorId: text(120),
  year: int(1900, 2200),
  month: int(1, 12), // cumulative period 1–month月; quarters are months 3/6/9/12
  key: text(400), // reportId|indicatorId|YYYY-MM: the slot this change sets
  value: z.optional(finite()), // cumulative level, in `unit`
  unit: z.optional(text(20)),
  growth: z.optional(finite()), // cumulative growth, %
  source: ChangeSource,
  note: z.optional(text()),
})

export const IMPORT_KINDS = ['actuals', 'ledger'] as const
/** One import batch: undone and redone as a whole through events, never edited. */
export const ImportRecord = z.strictObject({
  ...meta,
  kind: z.enum(IMPORT_KINDS),
  reportId: z.optional(text(80)),
  file: text(500),
  sheet: z.optional(text(200)),
  counts: z.strictObject({ rows: int(0, 1e8), accepted: int(0, 1e8), rejected: int(0, 1e8) }),
  example: z.boolean(), // invented example data: shown labelled, removable in one action
})

/** Undo or redo of an import or of a single change. The latest event for a target decides. */
export const EventRecord = z.strictObject({
  ...meta,
  target: text(120),
  op: z.enum(['undo', 'redo']),
})

export const AMOUNT_UNITS = ['元', '万元', '亿元'] as const
/** One imported ledger (重点项目台账) as of a date: a snapshot, so progress over the year can be shown. */
export const SnapshotRecord = z.strictObject({
  ...meta,
  importId: text(120),
  reportId: z.optional(text(80)),
  asOf: IsoDate, // 截至 date the ledger states (or the user gave)
  file: text(500),
  sheet: z.optional(text(200)),
  amountUnit: z.enum(AMOUNT_UNITS), // the unit of every amount in the rows
  mapping: z.record(z.string(), z.string()), // ledger field → the header it was read from
  rowCount: int(0, 1e7),
})

export const LedgerFields = z.strictObject({
  industry: z.optional(text(200)), // 所属行业, the ledger's own word
  township: z.optional(text(200)), // 建设地点 / 所在乡镇
  nature: z.optional(text(200)), // 建设性质: 新开工/续建/竣工/投产
  section: z.optional(text(200)), // the group row the project sits under (工业项目), when there is one
  total: z.optional(finite()), // 总投资, in the snapshot's amountUnit
  plan: z.optional(finite()), // 年度计划投资
  completed: z.optional(finite()), // 1–N月完成投资
  started: z.optional(text(40)), // 开工时间, as written
  responsible: z.optional(text(200)), // 责任单位
  leader: z.optional(text(200)), // 包保领导
  remarks: z.optional(text(4000)),
})

/** A ledger row; it belongs to its snapshot and shares its time stamp and author. */
export const LedgerRowRecord = z.strictObject({
  id: text(120),
  snapshotId: text(120),
  name: text(500),
  nameKey: text(600), // the project name normalised, to follow a project across snapshots
  sheet: z.optional(text(200)),
  row: int(1, 10_000_000),
  fields: LedgerFields,
  extra: z.optional(z.record(z.string(), z.string())), // unmapped columns, kept as written
})

/**
 * How ledger rows are kept on disk (schema v3): up to CHUNK_ROWS rows of one snapshot per record. One
 * IndexedDB record per row made a 10,000-row ledger take 4–11 s to write in Chromium; a few large
 * records take a fraction of that, and read back as fast. Backups still list rows one by one
 * (`ledgerRows`): the chunks are only the storage's layout (./tables.ts converts both ways).
 */
export const LedgerChunkRecord = z.strictObject({
  id: text(200), // 'chunk:' + the id of its first row
  snapshotId: text(120),
  rows: z.array(LedgerRowRecord),
})
export const CHUNK_ROWS = 1000

export const DOC_TYPES = ['setting', 'report', 'match', 'draft'] as const
/**
 * Small documents where the latest version per (type, key) wins: settings, saved reports, confirmed
 * project matches, the #/ingest review in progress ('draft'). Each save is a new record; a delete is a tombstone (`deleted: true`).
 */
export const DocRecord = z.strictObject({
  ...meta,
  type: z.enum(DOC_TYPES),
  key: text(600),
  value: z.unknown(),
  deleted: z.optional(z.literal(true)),
})

export type ChangeSource = z.infer<typeof ChangeSource>
export type ChangeRecord = z.infer<typeof ChangeRecord>
export type ImportRecord = z.infer<typeof ImportRecord>
export type EventRecord = z.infer<typeof EventRecord>
export type SnapshotRecord = z.infer<typeof SnapshotRecord>
export type LedgerFields = z.infer<typeof LedgerFields>
export type LedgerRowRecord = z.infer<typeof LedgerRowRecord>
export type LedgerChunkRecord = z.infer<typeof LedgerChunkRecord>
export type DocRecord = z.infer<typeof DocRecord>
export type DocType = (typeof DOC_TYPES)[number]
export type AmountUnit = (typeof AMOUNT_UNITS)[number]

/** Every table, with the schema of its records: the backup format lists them in this order. */
export const TABLES = {
  imports: ImportRecord,
  changes: ChangeRecord,
  events: EventRecord,
  snapshots: SnapshotRecord,
  ledgerRows: LedgerRowRecord,
  docs: DocRecord,
} as const
export type TableName = keyof typeof TABLES
export const TABLE_NAMES = Object.keys(TABLES) as TableName[]
export type TableRecords = { [K in TableName]: z.infer<(typeof TABLES)[K]>[] }

/** The slot a change sets: one figure per report, indicator and cumulative period. */
export function slotKey(reportId: string, indicatorId: string, year: number, month: number): string {
  return `${reportId}|${indicatorId}|${year}-${String(month).padStart(2, '0')}`
}

/** Rows into chunk records: grouped by snapshot, in row-id order, at most CHUNK_ROWS per chunk. */
export function chunkRows(rows: readonly LedgerRowRecord[], size = CHUNK_ROWS): LedgerChunkRecord[] {
  const bySnapshot = new Map<string, LedgerRowRecord[]>()
  for (const r of rows) {
    const list = bySnapshot.get(r.snapshotId)
    if (list) list.push(r)
    else bySnapshot.set(r.snapshotId, [r])
  }
  const out: LedgerChunkRecord[] = []
  for (const [snapshotId, list] of bySnapshot) {
    // Row ids end in their index (snapshot/0, snapshot/1 …): keep the file's order.
    list.sort((a, b) => rowIndex(a.id) - rowIndex(b.id) || (a.id < b.id ? -1 : 1))
    for (let i = 0; i < list.length; i += size) {
      const part = list.slice(i, i + size)
      out.push({ id: `chunk:${(part[0] as LedgerRowRecord).id}`, snapshotId, rows: part })
    }
  }
  return out
}

function rowIndex(id: string): number {
  const n = Number(id.slice(id.lastIndexOf('/') + 1))
  return Number.isFinite(n) ? n : 0
}
