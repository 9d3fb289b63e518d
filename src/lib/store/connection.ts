// The one owner of the IndexedDB connection. Writes go through `write`, which turns a storage failure
// into a typed status and carries on in memory (the same schema, over an in-memory IndexedDB), so the
// session keeps working and a backup can still be downloaded.
import { Dexie } from 'dexie'
import { DB_NAME, WorkDb } from './db'
import { classifyWriteError, errorDetail, type StoreStatus } from './failures'
import { compact, newId } from './ids'
import { type OpenOptions, openDisk, openMemory } from './open'
import { TABLE_NAMES, type TableName, type TableRecords } from './records'
import { addAll, readAll, tablesOf } from './tables'

export type { OpenOptions } from './open'

export class Connection {
  private current: WorkDb
  private state: StoreStatus
  private switching: Promise<void> | null = null
  private readonly statusListeners = new Set<(status: StoreStatus) => void>()
  readonly name: string
  readonly author: string | undefined
  readonly clock: () => Date

  private constructor(db: WorkDb, state: StoreStatus, opts: OpenOptions) {
    this.current = db
    this.state = state
    this.name = db.name
    this.author = opts.author
    this.clock = opts.now ?? (() => new Date())
  }

  static async open(opts: OpenOptions = {}): Promise<Connection> {
    const name = opts.name ?? DB_NAME
    const disk = await openDisk(name, opts)
    if (disk instanceof WorkDb) return new Connection(disk, { state: 'ok' }, opts)
    return new Connection(await openMemory(name), { state: 'unavailable', ...disk }, opts)
  }

  get db(): WorkDb {
    return this.current
  }
  get status(): StoreStatus {
    return this.state
  }
  /** True while the data lives only in this page (nothing is being saved). */
  get inMemory(): boolean {
    return this.state.state !== 'ok'
  }

  onStatus(listener: (status: StoreStatus) => void): () => void {
    this.statusListeners.add(listener)
    return () => this.statusListeners.delete(listener)
  }

  /** Runs a write; on a storage failure, moves everything to memory and runs it again there. */
  async write<T>(fn: (db: WorkDb) => Promise<T>): Promise<T> {
    if (this.switching) await this.switching
    try {
      return await fn(this.current)
    } catch (error) {
      const reason = this.inMemory ? null : classifyWriteError(error)
      if (!reason) throw error
      this.switching ??= this.toMemory({
        state: 'write-failed',
        reason,
        detail: errorDetail(error),
        since: this.clock().toISOString(),
      })
      await this.switching
      return fn(this.current)
    }
  }

  /** Runs a read, after any move to memory has finished. */
  async read<T>(fn: (db: WorkDb) => Promise<T>): Promise<T> {
    if (this.switching) await this.switching
    return fn(this.current)
  }

  private async toMemory(status: StoreStatus): Promise<void> {
    let data: TableRecords | null = null
    try {
      data = await readAll(this.current) // reads still work when the disk is full
    } catch {
      // unreadable too: the memory copy starts empty, and the status says why
    }
    const memory = await openMemory(this.name)
    if (data) {
      const copy = data
      await memory.transaction('rw', tablesOf(memory), () => addAll(memory, copy))
    }
    this.current.close()
    this.current = memory
    this.state = status
    for (const listener of this.statusListeners) listener(status)
  }

  /**
   * Calls `listener` with the tables that changed, after any write to this database: in this tab, or
   * in another tab (Dexie relays its change events between tabs over a BroadcastChannel).
   */
  subscribe(listener: (tables: ReadonlySet<TableName>) => void): () => void {
    const prefix = `idb://${this.name}/`
    let pending: Set<TableName> | null = null
    const onMutated = (parts: Record<string, unknown>) => {
      const tables = new Set<TableName>()
      for (const part of Object.keys(parts)) {
        if (!part.startsWith(prefix)) continue
        const stored = part.slice(prefix.length).split('/')[0]
        // Ledger rows are stored in chunks: listeners hear of the logical table.
        const table = (stored === 'ledgerChunks' ? 'ledgerRows' : stored) as TableName
        if (TABLE_NAMES.includes(table)) tables.add(table)
      }
      if (tables.size === 0) return
      if (pending) {
        for (const t of tables) pending.add(t)
        return
      }
      pending = tables
      // One call per burst of changes (a 1,200-row import is one transaction, a ledger several).
      queueMicrotask(() => {
        const changed = pending
        pending = null
        if (changed) listener(changed)
      })
    }
    Dexie.on('storagemutated', onMutated)
    return () => Dexie.on.storagemutated.unsubscribe(onMutated)
  }

  /** A new record's id, time stamp and author (`by` overrides the session's author). */
  stamp(prefix: string, by?: string): { id: string; updatedAt: string; author?: string } {
    const now = this.clock()
    return compact({
      id: newId(prefix, now.getTime()),
      updatedAt: now.toISOString(),
      author: by ?? this.author,
    })
  }

  close(): void {
    this.current.close()
  }
}
