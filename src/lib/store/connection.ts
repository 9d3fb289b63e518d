// The one owner of the IndexedDB connection. Writes go through `write`, which turns a storage failure
// into a typed status and carries on in memory (the same schema, over an in-memory IndexedDB), so the
// session keeps working and a backup can still be downloaded.
import { type DBCore, Dexie } from 'dexie'
import { DB_VERSION, type Factory, WorkDb } from './db'
import {
  classifyOpenError,
  classifyWriteError,
  errorDetail,
  type StoreStatus,
  type UnavailableReason,
} from './failures'
import { compact, newId } from './ids'
import { TABLE_NAMES, type TableName, type TableRecords } from './records'
import { addAll, readAll, tablesOf } from './tables'

export type OpenOptions = {
  /** Database name; one per app (tests use their own). */
  name?: string
  /** The IndexedDB to use; null when there is none. Default: the browser's. */
  indexedDB?: Factory | null
  /** Who makes the changes this session (kept on every record). */
  author?: string
  /** The clock, for tests. */
  now?: () => Date
  /** Give up opening after this long (another tab blocking an upgrade). Default 8 s. */
  openTimeoutMs?: number
  /** Test hook: the error each write fails with (e.g. a QuotaExceededError), or null to let it through. */
  failWrites?: () => Error | null
}

function browserFactory(): Factory | null {
  try {
    // Reading `indexedDB` itself throws SecurityError in some browsers when site data is blocked.
    const { indexedDB, IDBKeyRange } = globalThis
    return indexedDB && IDBKeyRange ? { indexedDB, IDBKeyRange } : null
  } catch {
    return null
  }
}

async function openMemory(name: string): Promise<WorkDb> {
  // Loaded only when the browser's database fails: it never weighs on a normal session.
  const fake = await import('fake-indexeddb')
  const db = new WorkDb(name, {
    indexedDB: new fake.IDBFactory() as unknown as IDBFactory,
    IDBKeyRange: fake.IDBKeyRange as unknown as typeof IDBKeyRange,
  })
  await db.open()
  return db
}

function injectFaults(db: WorkDb, fail: () => Error | null): void {
  db.use({
    stack: 'dbcore',
    name: 'fault-injection',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        return {
          ...table,
          mutate: (req) => {
            const error = fail()
            return error ? Promise.reject(error) : table.mutate(req)
          },
        }
      },
    }),
  })
}

/**
 * The schema version already on disk, without opening it. Dexie 4 opens a database of a higher version
 * than it declares and adds its own tables to it; data written by a newer app is not ours to change, so
 * look first. Dexie stores version × 10. Where `databases()` is missing (Firefox before 126), 0.
 */
async function installedVersion(factory: IDBFactory, name: string): Promise<number> {
  try {
    const found = (await factory.databases?.())?.find((d) => d.name === name)
    return Math.floor((found?.version ?? 0) / 10)
  } catch {
    return 0
  }
}

async function openDisk(
  name: string,
  opts: OpenOptions,
): Promise<WorkDb | { reason: UnavailableReason; detail: string }> {
  const factory = opts.indexedDB === undefined ? browserFactory() : opts.indexedDB
  if (!factory) return { reason: 'no-indexeddb', detail: 'indexedDB is not available' }
  const installed = await installedVersion(factory.indexedDB, name)
  if (installed > DB_VERSION) {
    return {
      reason: 'newer-version',
      detail: `saved data is version ${installed}; this app knows up to ${DB_VERSION}`,
    }
  }
  const db = new WorkDb(name, factory)
  if (opts.failWrites) injectFaults(db, opts.failWrites)
  let blocked = false
  db.on('blocked', () => {
    blocked = true
  })
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), opts.openTimeoutMs ?? 8000)
  })
  try {
    if ((await Promise.race([db.open(), timeout])) === 'timeout') {
      db.close()
      return blocked
        ? { reason: 'blocked', detail: 'another tab keeps an older version open' }
        : { reason: 'open-failed', detail: 'opening the database timed out' }
    }
    return db
  } catch (error) {
    db.close()
    return { reason: classifyOpenError(error), detail: errorDetail(error) }
  } finally {
    clearTimeout(timer)
  }
}

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
    const name = opts.name ?? 'work-report-dashboard'
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
        const table = part.slice(prefix.length).split('/')[0] as TableName
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
