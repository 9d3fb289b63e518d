// Latest-wins documents (settings, saved reports, project matches). A save adds a version, a delete
// adds a tombstone; older versions stay, so nothing the user saved is overwritten in place.
import type { Connection } from './connection'
import { newerFirst } from './ids'
import { latestBy, liveDocs } from './latest'
import type { DocRecord, DocType } from './records'

export function docsApi(conn: Connection) {
  const all = (type: DocType, key?: string) =>
    conn.read((db) =>
      key === undefined
        ? db.docs.where('type').equals(type).toArray()
        : db.docs.where('[type+key]').equals([type, key]).toArray(),
    )

  return {
    /** The live document, or null if none was saved or the latest version is a deletion. */
    async get(type: DocType, key: string): Promise<DocRecord | null> {
      const latest = latestBy(await all(type, key), (d) => d.key).get(key)
      return latest && !latest.deleted ? latest : null
    },
    async list(type: DocType): Promise<DocRecord[]> {
      return liveDocs(await all(type)).sort(newerFirst)
    },
    /** Every version of one document, newest first (tombstones included). */
    async versions(type: DocType, key: string): Promise<DocRecord[]> {
      return (await all(type, key)).sort(newerFirst)
    },
    async put(type: DocType, key: string, value: unknown, by?: string): Promise<DocRecord> {
      const doc: DocRecord = { ...conn.stamp('doc', by), type, key, value }
      await conn.write((db) => db.docs.add(doc))
      return doc
    },
    /** Adds a tombstone; false if there was nothing live to delete. */
    async remove(type: DocType, key: string, by?: string): Promise<boolean> {
      if (!(await this.get(type, key))) return false
      await conn.write((db) =>
        db.docs.add({ ...conn.stamp('doc', by), type, key, value: null, deleted: true }),
      )
      return true
    },
  }
}

export type DocsApi = ReturnType<typeof docsApi>
