// The project ledger (issue 12): each imported 重点项目台账 is a snapshot as of a date, with its rows
// and the column mapping used, so a project can be followed across the year. Matches between ledger
// projects and the report's named projects are decisions the user confirmed, kept as documents.
import type { Connection } from './connection'
import type { DocsApi } from './docs'
import { checked, StoreInputError } from './errors'
import { compact } from './ids'
import { undoneTargets } from './latest'
import {
  type AmountUnit,
  CHUNK_ROWS,
  chunkRows,
  type ImportRecord,
  type LedgerFields,
  type LedgerRowRecord,
  LedgerRowRecord as RowSchema,
  type SnapshotRecord,
  SnapshotRecord as SnapshotSchema,
} from './records'

export type LedgerRowInput = {
  name: string // 项目名称 as written
  sheet?: string | undefined
  row: number // 1-based row in the sheet
  fields: LedgerFields
  extra?: Record<string, string> | undefined
}
export type LedgerImportMeta = {
  reportId?: string | undefined
  file: string
  sheet?: string | undefined
  asOf: string // YYYY-MM-DD (截至N月底 → the month's last day)
  amountUnit: AmountUnit
  mapping: Record<string, string> // field → header
  counts?: { rows: number; accepted: number; rejected: number } | undefined
  by?: string | undefined
}
export type ImportProgress = { written: number; total: number }
export type ProjectMatch = {
  reportId: string
  ledgerName: string
  reportProjectId: string
  decision: 'confirmed' | 'rejected' // rejected: "not the same project", so it is not proposed again
  at: string
  by?: string
}

/** A project's name for following it across snapshots: full-width folded, spaces dropped. */
export function projectNameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase()
}

function toRowRecord(snapshotId: string, r: LedgerRowInput, index: number, file: string): LedgerRowRecord {
  return checked(
    RowSchema,
    compact({
      id: `${snapshotId}/${index}`,
      snapshotId,
      nameKey: projectNameKey(r.name),
      name: r.name,
      sheet: r.sheet,
      row: r.row,
      fields: compact(r.fields),
      extra: r.extra,
    }),
    `${file} row ${r.row}`,
  )
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

export function ledgerApi(conn: Connection, docs: DocsApi) {
  // A snapshot's rows never change once written (records are immutable), so they are read from disk
  // once per page; any write to the rows (a restore, an import that failed) forgets what was read.
  const cache = new Map<string, Promise<LedgerRowRecord[]>>()
  conn.subscribe((tables) => {
    if (tables.has('ledgerRows')) cache.clear()
  })
  const rowsOf = (snapshotId: string): Promise<LedgerRowRecord[]> => {
    let rows = cache.get(snapshotId)
    if (!rows) {
      rows = conn.read(async (db) =>
        (await db.ledgerChunks.where('snapshotId').equals(snapshotId).toArray())
          .flatMap((c) => c.rows)
          .sort((a, b) => (a.sheet ?? '').localeCompare(b.sheet ?? '') || a.row - b.row),
      )
      rows.catch(() => cache.delete(snapshotId))
      cache.set(snapshotId, rows)
    }
    return rows
  }

  const liveSnapshots = (reportId?: string) =>
    conn.read(async (db) => {
      const [snaps, events] = await Promise.all([db.snapshots.toArray(), db.events.toArray()])
      const undone = undoneTargets(events)
      return snaps
        .filter((s) => !undone.has(s.importId) && (reportId === undefined || s.reportId === reportId))
        .sort((a, b) => a.asOf.localeCompare(b.asOf) || a.updatedAt.localeCompare(b.updatedAt))
    })

  return {
    /**
     * Stores a ledger snapshot. Rows go in batches (default 500 per transaction) with a pause between,
     * so 10,000 rows never block the page; the snapshot and its import record are written last, so a
     * snapshot is never seen half-written.
     */
    async import(
      meta: LedgerImportMeta,
      rows: readonly LedgerRowInput[],
      opts: { batchSize?: number; onProgress?: (p: ImportProgress) => void } = {},
    ): Promise<{ import: ImportRecord; snapshot: SnapshotRecord }> {
      const imp: ImportRecord = compact({
        ...conn.stamp('imp', meta.by),
        kind: 'ledger' as const,
        reportId: meta.reportId,
        file: meta.file,
        sheet: meta.sheet,
        counts: meta.counts ?? { rows: rows.length, accepted: rows.length, rejected: 0 },
        example: false,
      })
      const snapshot = checked(
        SnapshotSchema,
        compact({
          ...conn.stamp('snp', meta.by),
          importId: imp.id,
          reportId: meta.reportId,
          asOf: meta.asOf,
          file: meta.file,
          sheet: meta.sheet,
          amountUnit: meta.amountUnit,
          mapping: { ...meta.mapping },
          rowCount: rows.length,
        }),
        meta.file,
      )
      const size = Math.max(1, opts.batchSize ?? CHUNK_ROWS)
      // Check every row before writing any (a bad row refuses the whole file), a batch at a time with a
      // pause between, so checking 10,000 rows does not hold the page either.
      const records: LedgerRowRecord[] = []
      for (let i = 0; i < rows.length; i += size) {
        rows.slice(i, i + size).forEach((r, j) => {
          records.push(toRowRecord(snapshot.id, r, i + j, meta.file))
        })
        await pause()
      }
      // Rows go to disk in chunks (a few large records: fast in IndexedDB), a batch per transaction.
      const chunks = chunkRows(records, size)
      try {
        let written = 0
        for (const chunk of chunks) {
          await conn.write((db) => db.ledgerChunks.add(chunk))
          written += chunk.rows.length
          opts.onProgress?.({ written, total: records.length })
          await pause()
        }
        await conn.write((db) =>
          db.transaction('rw', db.imports, db.snapshots, async () => {
            await db.imports.add(imp)
            await db.snapshots.add(snapshot)
          }),
        )
      } catch (error) {
        // Rows without their snapshot are never read; remove them if the storage still lets us.
        await conn.db.ledgerChunks
          .where('snapshotId')
          .equals(snapshot.id)
          .delete()
          .catch(() => undefined)
        throw error
      }
      return { import: imp, snapshot }
    },

    /** Snapshots whose import is not undone, by as-of date. */
    snapshots: (q: { reportId?: string } = {}) => liveSnapshots(q.reportId),

    async latest(q: { reportId?: string } = {}): Promise<SnapshotRecord | null> {
      return (await liveSnapshots(q.reportId)).at(-1) ?? null
    },

    /** A snapshot's rows in sheet order (a copy: the caller may sort it). */
    rows: async (snapshotId: string) => (await rowsOf(snapshotId)).slice(),

    /** One project across the year: its row in every live snapshot, oldest first. */
    async projectHistory(name: string, q: { reportId?: string } = {}) {
      const key = projectNameKey(name)
      const snaps = await liveSnapshots(q.reportId)
      const out: { snapshot: SnapshotRecord; row: LedgerRowRecord }[] = []
      for (const snapshot of snaps) {
        for (const row of await rowsOf(snapshot.id)) if (row.nameKey === key) out.push({ snapshot, row })
      }
      return out
    },

    /** Records the user's decision that a ledger project is (or is not) a report's named project. */
    async decideMatch(m: Omit<ProjectMatch, 'at' | 'by'> & { by?: string }): Promise<void> {
      if (!m.ledgerName.trim() || !m.reportProjectId)
        throw new StoreInputError('match', ['ledger name and project id are required'])
      const value = {
        reportId: m.reportId,
        ledgerName: m.ledgerName,
        reportProjectId: m.reportProjectId,
        decision: m.decision,
      }
      await docs.put('match', `${m.reportId}|${projectNameKey(m.ledgerName)}`, value, m.by)
    },
    /** Forgets a decision, so the match is proposed again. */
    forgetMatch: (reportId: string, ledgerName: string, by?: string) =>
      docs.remove('match', `${reportId}|${projectNameKey(ledgerName)}`, by),

    async matches(reportId: string): Promise<ProjectMatch[]> {
      return (await docs.list('match'))
        .filter((d) => d.key.startsWith(`${reportId}|`))
        .map((d) =>
          compact({ ...(d.value as Omit<ProjectMatch, 'at' | 'by'>), at: d.updatedAt, by: d.author }),
        )
    },
  }
}

export type LedgerApi = ReturnType<typeof ledgerApi>
