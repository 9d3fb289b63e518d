// Import batches: listed with their state, undone and redone as a whole. Undo appends an event and
// hides the batch's figures (or ledger snapshot); nothing is deleted, so the history stays.
import type { Connection } from './connection'
import { StoreInputError } from './errors'
import { newerFirst } from './ids'
import { undoneTargets } from './latest'
import type { EventRecord, ImportRecord } from './records'

export type ImportInfo = ImportRecord & {
  undone: boolean
  /** Undo/redo events of this batch, oldest first. */
  events: { op: 'undo' | 'redo'; at: string; by?: string }[]
}

export function importsApi(conn: Connection) {
  const toggle = (id: string, op: 'undo' | 'redo', by?: string): Promise<boolean> =>
    conn.write((db) =>
      db.transaction('rw', db.imports, db.events, async () => {
        if (!(await db.imports.get(id))) throw new StoreInputError('import', [`no import ${id}`])
        const undone = undoneTargets(await db.events.where('target').equals(id).toArray()).has(id)
        if (undone === (op === 'undo')) return false // already in that state: nothing to record
        const event: EventRecord = { ...conn.stamp('evt', by), target: id, op }
        await db.events.add(event)
        return true
      }),
    )

  return {
    /** Import batches, newest first (example batches only when asked for). */
    async list(
      q: { kind?: ImportRecord['kind']; reportId?: string; examples?: boolean } = {},
    ): Promise<ImportInfo[]> {
      return conn.read(async (db) => {
        const [imports, events] = await Promise.all([db.imports.toArray(), db.events.toArray()])
        const undone = undoneTargets(events)
        return imports
          .filter(
            (i) =>
              (q.kind === undefined || i.kind === q.kind) &&
              (q.reportId === undefined || i.reportId === q.reportId) &&
              i.example === (q.examples ?? false),
          )
          .sort(newerFirst)
          .map((i) => ({
            ...i,
            undone: undone.has(i.id),
            events: events
              .filter((e) => e.target === i.id)
              .sort((a, b) => -newerFirst(a, b))
              .map((e) =>
                e.author ? { op: e.op, at: e.updatedAt, by: e.author } : { op: e.op, at: e.updatedAt },
              ),
          }))
      })
    },
    /** Undoes a whole import in one action; false if it was already undone. */
    undo: (id: string, by?: string) => toggle(id, 'undo', by),
    /** Brings an undone import back; false if it was not undone. */
    redo: (id: string, by?: string) => toggle(id, 'redo', by),
  }
}

export type ImportsApi = ReturnType<typeof importsApi>
