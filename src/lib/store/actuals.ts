// In-year actuals (issue 11): every figure is a change record with its source; the current value of a
// slot (report, indicator, period) is its latest change that is not undone, itself or with its import.
import type { Connection } from './connection'
import type { WorkDb } from './db'
import { checked, StoreInputError } from './errors'
import { compact, newerFirst } from './ids'
import { latestBy, undoneTargets } from './latest'
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

const isExample = (c: ChangeRecord) => c.source.kind === 'example'
const isCleared = (c: ChangeRecord) => c.value === undefined && c.growth === undefined

/** The changes of a report in one layer, with what is undone. */
async function changesOf(db: WorkDb, reportId: string, layer: Layer) {
  const [all, events] = await Promise.all([
    db.changes.where('reportId').equals(reportId).toArray(),
    db.events.toArray(),
  ])
  const undone = undoneTargets(events)
  const changes = all.filter((c) => isExample(c) === (layer === 'example'))
  const isUndone = (c: ChangeRecord) =>
    undone.has(c.id) || (c.source.importId !== undefined && undone.has(c.source.importId))
  return { changes, undone, isUndone }
}

const byPeriod = (a: ActualValue, b: ActualValue) =>
  a.indicatorId.localeCompare(b.indicatorId) ||
  a.period.year - b.period.year ||
  a.period.month - b.period.month

export function actualsApi(conn: Connection) {
  const currentRecords = async (db: WorkDb, reportId: string, layer: Layer) => {
    const { changes, isUndone } = await changesOf(db, reportId, layer)
    return latestBy(
      changes.filter((c) => !isUndone(c)),
      (c) => c.key,
    )
  }

  /** Every current figure of a report (one layer), ordered by indicator and period. */
  const current = async (reportId: string, opts: { layer?: Layer } = {}): Promise<ActualValue[]> => {
    const latest = await conn.read((db) => currentRecords(db, reportId, opts.layer ?? 'real'))
    return [...latest.values()]
      .filter((c) => !isCleared(c))
      .map(toValue)
      .sort(byPeriod)
  }

  return {
    current,

    /** The current figures of a report grouped by indicator, each series in period order. */
    async series(reportId: string, opts: { layer?: Layer } = {}): Promise<Map<string, ActualValue[]>> {
      const out = new Map<string, ActualValue[]>()
      for (const v of await current(reportId, opts)) {
        const list = out.get(v.indicatorId)
        if (list) list.push(v)
        else out.set(v.indicatorId, [v])
      }
      return out
    },

    /** Sets one figure by hand: a new change record; the previous value stays in the history. */
    async set(input: Omit<ActualInput, 'sheet' | 'row'> & { by?: string | undefined }): Promise<ActualValue> {
      if (input.value === undefined && input.growth === undefined) {
        throw new StoreInputError(input.indicatorId, [
          'give a value or a growth (use clear() to remove a figure)',
        ])
      }
      const change = buildChange(conn, input, { kind: 'manual' }, input.by)
      await conn.write((db) => db.changes.add(change))
      return toValue(change)
    },

    /** Removes a figure by hand: a change with no value (a soft delete), undoable like any edit. */
    async clear(input: {
      reportId: string
      indicatorId: string
      period: Period
      note?: string
      by?: string
    }): Promise<void> {
      const change = buildChange(conn, input, { kind: 'manual' }, input.by)
      await conn.write((db) => db.changes.add(change))
    },

    /** Imports checked rows as one batch (the preview has already named the rejected ones). */
    importRows(batch: ImportBatch, rows: readonly ActualInput[]): Promise<ImportRecord> {
      return writeImport(conn, batch, rows, false)
    },

    /** Every change of an indicator (optionally one period), newest first, with what became of it. */
    async history(q: {
      reportId: string
      indicatorId: string
      period?: Period
      layer?: Layer
    }): Promise<HistoryEntry[]> {
      return conn.read(async (db) => {
        const { changes, undone, isUndone } = await changesOf(db, q.reportId, q.layer ?? 'real')
        const current = new Set(
          [
            ...latestBy(
              changes.filter((c) => !isUndone(c)),
              (c) => c.key,
            ).values(),
          ].map((c) => c.id),
        )
        const mine = changes.filter(
          (c) =>
            c.indicatorId === q.indicatorId &&
            (!q.period || (c.year === q.period.year && c.month === q.period.month)),
        )
        return mine.sort(newerFirst).map((c) => {
          const state: HistoryEntry['state'] = undone.has(c.id)
            ? 'undone'
            : isUndone(c)
              ? 'import-undone'
              : current.has(c.id)
                ? isCleared(c)
                  ? 'cleared'
                  : 'current'
                : 'superseded'
          return { ...toValue(c), state }
        })
      })
    },

    /** Undoes one change (an edit): the slot shows its previous value again. */
    undoChange: (changeId: string, by?: string) => toggleChange(conn, changeId, 'undo', by),
    redoChange: (changeId: string, by?: string) => toggleChange(conn, changeId, 'redo', by),
  }
}

async function toggleChange(
  conn: Connection,
  changeId: string,
  op: 'undo' | 'redo',
  by?: string,
): Promise<boolean> {
  return conn.write(async (db) =>
    db.transaction('rw', db.changes, db.events, async () => {
      if (!(await db.changes.get(changeId))) throw new StoreInputError('undo', [`no change ${changeId}`])
      const isUndone = undoneTargets(await db.events.where('target').equals(changeId).toArray()).has(changeId)
      if (isUndone === (op === 'undo')) return false // already so: no event
      await db.events.add({ ...conn.stamp('evt', by), target: changeId, op })
      return true
    }),
  )
}

export type ActualsApi = ReturnType<typeof actualsApi>
