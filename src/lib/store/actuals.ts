// In-year actuals (issue 11): every figure is a change record with its source; the current value of a
// slot (report, indicator, period) is its latest change that is not undone, itself or with its import.
import {
  type ActualInput,
  type ActualValue,
  buildChange,
  type HistoryEntry,
  type ImportBatch,
  type Layer,
  type Period,
  toValue,
  writeImport,
} from './change-records'
import type { Connection } from './connection'
import type { WorkDb } from './db'
import { StoreInputError } from './errors'
import { newerFirst } from './ids'
import { latestBy, undoneTargets } from './latest'
import type { ChangeRecord, ImportRecord } from './records'

// Code-point order, not localeCompare: ids are ASCII, and ICU collation costs ~10× on 1,200 values.
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
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
  cmp(a.indicatorId, b.indicatorId) || a.period.year - b.period.year || a.period.month - b.period.month

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

export type {
  ActualInput,
  ActualSource,
  ActualValue,
  HistoryEntry,
  ImportBatch,
  Layer,
  Period,
} from './change-records'
