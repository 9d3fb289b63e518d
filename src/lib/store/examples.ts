// Invented example data for a first look. Stored as its own layer (source kind 'example', an import
// marked example), so it is never mixed with real figures, and removed in one action. Unlike user data,
// removal really deletes it: it is not the user's, and leaves nothing to replicate.
import { type ActualInput, writeImport } from './change-records'
import type { Connection } from './connection'
import type { ImportRecord } from './records'

export function examplesApi(conn: Connection) {
  return {
    /** Stores invented figures for a report, labelled as examples everywhere they are read. */
    load(
      reportId: string,
      rows: readonly ActualInput[],
      label = '示例数据(非统计数据)',
    ): Promise<ImportRecord> {
      return writeImport(conn, { reportId, file: label }, rows, true)
    },

    /** Whether any example data is stored (for one report, or any). */
    async has(reportId?: string): Promise<boolean> {
      return conn.read(async (db) => {
        const examples = await db.imports.filter((i) => i.example).toArray()
        return examples.some((i) => reportId === undefined || i.reportId === reportId)
      })
    },

    /** Removes every example batch and its figures; real imports and edits are untouched. */
    async remove(): Promise<{ imports: number; changes: number }> {
      return conn.write((db) =>
        db.transaction('rw', db.imports, db.changes, db.events, async () => {
          const ids = (await db.imports.filter((i) => i.example).toArray()).map((i) => i.id)
          const changes = await db.changes.where('source.importId').anyOf(ids).primaryKeys()
          await db.events
            .where('target')
            .anyOf([...ids, ...changes])
            .delete()
          await db.changes.bulkDelete(changes)
          await db.imports.bulkDelete(ids)
          return { imports: ids.length, changes: changes.length }
        }),
      )
    },
  }
}

export type ExamplesApi = ReturnType<typeof examplesApi>
