// The backup file: every table as JSON, with a format name and version. A file is checked whole
// before anything is restored: shape, every record, unique ids, references, counts. Each problem is
// named with its place in the file, so a truncated or hand-edited file is refused with a reason.
import * as z from 'zod/mini'
import { DB_VERSION } from './db'
import { describeIssue } from './errors'
import { slotKey, TABLE_NAMES, TABLES, type TableName, type TableRecords } from './records'
import { readSaved } from './reports'

export const BACKUP_FORMAT = 'work-report-dashboard/user-data'
/**
 * The newest backup version this app reads and writes. 2: the file may hold a review in progress
 * (a 'draft' document), which an app of version 1 cannot read. A backup without one is still
 * written as version 1 (backupVersion), so an older copy of the app (a single file kept on a USB
 * stick) restores it, and refuses a version 2 with "made by a newer version", not a schema error.
 */
export const BACKUP_VERSION = 2

/** The lowest version that can hold these tables. */
export function backupVersion(tables: Pick<TableRecords, 'docs'>): 1 | 2 {
  return tables.docs.some((d) => d.type === 'draft') ? 2 : 1
}

export type Backup = {
  format: typeof BACKUP_FORMAT
  version: 1 | 2
  schemaVersion: number // the database version that wrote it
  exportedAt: string
  counts: Record<TableName, number> // records per table: a truncated file is caught by these
  tables: TableRecords
}

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; problems: string[] }

const MAX_PROBLEMS = 20

export function parseBackup(input: unknown): BackupCheck {
  let data = input
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input)
    } catch (error) {
      return {
        ok: false,
        problems: [
          `not a JSON file (${error instanceof Error ? error.message.slice(0, 120) : 'unreadable'})`,
        ],
      }
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problems: ['not a backup file: expected a JSON object'] }
  }
  const head = data as Record<string, unknown>
  if (head.format !== BACKUP_FORMAT) {
    return {
      ok: false,
      problems: [
        `not a backup of this app: format is ${JSON.stringify(head.format ?? null).slice(0, 80)}, expected "${BACKUP_FORMAT}"`,
      ],
    }
  }
  if (typeof head.version !== 'number' || !Number.isInteger(head.version) || head.version < 1) {
    return { ok: false, problems: ['version: expected a whole number'] }
  }
  if (head.version > BACKUP_VERSION) {
    return {
      ok: false,
      problems: [
        `made by a newer version of the app (backup version ${head.version}; this app reads up to ${BACKUP_VERSION})`,
      ],
    }
  }
  const problems: string[] = []
  const add = (p: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p)
  }
  if (typeof head.exportedAt !== 'string') add('exportedAt: expected the export time')
  if (typeof head.schemaVersion !== 'number' || head.schemaVersion > DB_VERSION)
    add(`schemaVersion: expected a number up to ${DB_VERSION}`)
  const tables = (typeof head.tables === 'object' && head.tables !== null ? head.tables : {}) as Record<
    string,
    unknown
  >
  const counts = (typeof head.counts === 'object' && head.counts !== null ? head.counts : {}) as Record<
    string,
    unknown
  >
  const out = {} as Record<TableName, unknown[]>
  for (const name of TABLE_NAMES) {
    const rows = tables[name]
    if (!Array.isArray(rows)) {
      add(`tables.${name}: missing (expected a list)`)
      continue
    }
    if (counts[name] !== rows.length) {
      add(
        `tables.${name}: the file holds ${rows.length} records but says ${String(counts[name])}: it is incomplete or edited`,
      )
    }
    const ids = new Set<string>()
    rows.forEach((row, i) => {
      const result = z.safeParse(TABLES[name] as z.ZodMiniType, row)
      if (!result.success) {
        for (const issue of result.error.issues) add(describeIssue(issue, `tables.${name}[${i}]`))
        return
      }
      const id = (row as { id: string }).id
      if (ids.has(id)) add(`tables.${name}[${i}].id: duplicate id "${id.slice(0, 60)}"`)
      ids.add(id)
    })
    out[name] = rows
  }
  if (Object.keys(tables).some((k) => !TABLE_NAMES.includes(k as TableName))) {
    add(
      `tables: unknown table ${Object.keys(tables)
        .filter((k) => !TABLE_NAMES.includes(k as TableName))
        .join(', ')}`,
    )
  }
  if (problems.length === 0) for (const p of referenceProblems(out as TableRecords)) add(p)
  if (problems.length > 0) return { ok: false, problems }
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: backupVersion(out as TableRecords),
      schemaVersion: head.schemaVersion as number,
      exportedAt: head.exportedAt as string,
      counts: Object.fromEntries(TABLE_NAMES.map((n) => [n, out[n]?.length ?? 0])) as Record<
        TableName,
        number
      >,
      tables: out as TableRecords,
    },
  }
}

/** Cross-record rules: every reference resolves, every change sits in the slot its key names. */
function referenceProblems(t: TableRecords): string[] {
  const problems: string[] = []
  const imports = new Set(t.imports.map((i) => i.id))
  const snapshots = new Set(t.snapshots.map((s) => s.id))
  const changes = new Set(t.changes.map((c) => c.id))
  t.changes.forEach((c, i) => {
    if (c.source.importId && !imports.has(c.source.importId))
      problems.push(`tables.changes[${i}].source.importId: no import "${c.source.importId}" in the file`)
    if (c.key !== slotKey(c.reportId, c.indicatorId, c.year, c.month))
      problems.push(`tables.changes[${i}].key: does not match its report, indicator and period`)
  })
  t.events.forEach((e, i) => {
    if (!imports.has(e.target) && !changes.has(e.target))
      problems.push(`tables.events[${i}].target: no import or change "${e.target}" in the file`)
  })
  t.snapshots.forEach((s, i) => {
    if (!imports.has(s.importId))
      problems.push(`tables.snapshots[${i}].importId: no import "${s.importId}" in the file`)
  })
  t.ledgerRows.forEach((r, i) => {
    if (!snapshots.has(r.snapshotId))
      problems.push(`tables.ledgerRows[${i}].snapshotId: no snapshot "${r.snapshotId}" in the file`)
  })
  t.docs.forEach((d, i) => {
    if (d.type !== 'report' || d.deleted) return
    try {
      readSaved(d.value)
    } catch (error) {
      problems.push(
        `tables.docs[${i}].value: not a valid saved report (${error instanceof Error ? error.message.slice(0, 160) : ''})`,
      )
    }
  })
  return problems.slice(0, MAX_PROBLEMS)
}
