// Opening the database: the browser's IndexedDB when it works, else an in-memory one with the same
// schema, and the reason why. Kept apart from Connection, which owns the open database afterwards.
import type { DBCore } from 'dexie'
import { DB_VERSION, type Factory, WorkDb } from './db'
import { classifyOpenError, errorDetail, type UnavailableReason } from './failures'

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

export async function openMemory(name: string): Promise<WorkDb> {
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

export async function openDisk(
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
