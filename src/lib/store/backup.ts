// Export everything as one JSON file, and restore it. A restore into a store that already holds data
// never silently loses either side: it merges by id (records are immutable, so the same id is the same
// record), or replaces only when the caller says so after asking the user.

import { BACKUP_FORMAT, type Backup, backupVersion, parseBackup } from './backup-format'
import type { Connection } from './connection'
import { DB_VERSION } from './db'
import { TABLE_NAMES, type TableName, type TableRecords } from './records'
import { addAll, countAll, readAll, tablesOf } from './tables'

export type RestoreMode = 'merge' | 'replace'
export type RestoreResult =
  | { ok: true; mode: RestoreMode; added: Record<TableName, number>; unchanged: number; conflicts: string[] }
  | { ok: false; reason: 'invalid'; problems: string[] }
  /** The store has data and no mode was chosen: ask the user, then call again with a mode. */
  | {
      ok: false
      reason: 'needs-choice'
      existing: Record<TableName, number>
      incoming: Record<TableName, number>
    }

/** JSON with keys in a fixed order, to compare two records whatever order their fields came in. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

export function backupApi(conn: Connection) {
  const exportBackup = async (): Promise<Backup> => {
    const data = await conn.read(readAll)
    // Rows of a ledger import that never finished have no snapshot and are never read: leave them out.
    const snapshots = new Set(data.snapshots.map((s) => s.id))
    const tables: TableRecords = {
      ...data,
      ledgerRows: data.ledgerRows.filter((r) => snapshots.has(r.snapshotId)),
    }
    return {
      format: BACKUP_FORMAT,
      version: backupVersion(tables),
      schemaVersion: DB_VERSION,
      exportedAt: conn.clock().toISOString(),
      counts: countAll(tables),
      tables,
    }
  }

  return {
    export: exportBackup,
    /** The backup as the text of a .json file. */
    async exportJson(): Promise<string> {
      return JSON.stringify(await exportBackup())
    },
    /** A file name with the date, e.g. 工作报告仪表盘-备份-2023-04-12.json. */
    fileName: (date = conn.clock()) => `工作报告仪表盘-备份-${date.toISOString().slice(0, 10)}.json`,
    /** Checks a file without restoring it (for a preview: what it holds, or why it is refused). */
    check: parseBackup,

    async restore(input: unknown, opts: { mode?: RestoreMode } = {}): Promise<RestoreResult> {
      const checked = parseBackup(input)
      if (!checked.ok) return { ok: false, reason: 'invalid', problems: checked.problems }
      const incoming = checked.backup.tables
      const existing = await conn.read(readAll)
      const hasData = TABLE_NAMES.some((n) => existing[n].length > 0)
      if (hasData && !opts.mode) {
        return {
          ok: false,
          reason: 'needs-choice',
          existing: countAll(existing),
          incoming: countAll(incoming),
        }
      }
      const mode = opts.mode ?? 'merge'
      if (mode === 'replace') {
        await conn.write((db) =>
          db.transaction('rw', tablesOf(db), async () => {
            await Promise.all(tablesOf(db).map((t) => t.clear()))
            await addAll(db, incoming)
          }),
        )
        return { ok: true, mode, added: countAll(incoming), unchanged: 0, conflicts: [] }
      }
      const toAdd: Partial<TableRecords> = {}
      const conflicts: string[] = []
      let unchanged = 0
      for (const name of TABLE_NAMES) {
        const mine = new Map<string, unknown>(existing[name].map((r) => [r.id, r]))
        const fresh = (incoming[name] as { id: string }[]).filter((r) => {
          const have = mine.get(r.id)
          if (have === undefined) return true
          if (stable(have) === stable(r)) unchanged += 1
          else conflicts.push(`${name}/${r.id}`) // kept as it is here; the file's version is reported
          return false
        })
        ;(toAdd as Record<TableName, unknown[]>)[name] = fresh
      }
      await conn.write((db) => db.transaction('rw', tablesOf(db), () => addAll(db, toAdd)))
      return { ok: true, mode, added: countAll(toAdd), unchanged, conflicts }
    },
  }
}

export type BackupApi = ReturnType<typeof backupApi>
