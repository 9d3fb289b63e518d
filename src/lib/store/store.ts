// Opens the store and puts its parts together. The UI loads this module with a dynamic import when
// user data is first needed, so Dexie never weighs on the first paint.
import { type ActualsApi, actualsApi } from './actuals'
import { type BackupApi, backupApi } from './backup'
import { Connection } from './connection'
import { docsApi } from './docs'
import { type DraftsApi, draftsApi } from './drafts'
import { type ExamplesApi, examplesApi } from './examples'
import type { StoreStatus } from './failures'
import { type ImportsApi, importsApi } from './imports'
import { type LedgerApi, ledgerApi } from './ledger'
import type { OpenOptions } from './open'
import type { TableName } from './records'
import { type ReportsApi, reportsApi } from './reports'
import { type SettingsApi, settingsApi } from './settings'
import { type StoreSummary, summaryApi } from './summary'

export type Store = {
  /** 'ok', or why nothing is being saved (the data then lives in this page until it is closed). */
  readonly status: StoreStatus
  onStatus(listener: (status: StoreStatus) => void): () => void
  /** Called with the changed tables after every write, in this tab or another. */
  subscribe(listener: (tables: ReadonlySet<TableName>) => void): () => void
  /** Runs `read` now and again after every change; returns the function that stops it. */
  observe<T>(
    read: () => Promise<T>,
    onValue: (value: T) => void,
    onError?: (error: unknown) => void,
  ): () => void
  actuals: ActualsApi
  imports: ImportsApi
  examples: ExamplesApi
  ledger: LedgerApi
  settings: SettingsApi
  reports: ReportsApi
  /** The #/ingest review in progress (text and decisions), so a reload does not lose it. */
  drafts: DraftsApi
  backup: BackupApi
  /** Which reports hold actuals, example actuals, a ledger. */
  summary(): Promise<StoreSummary>
  close(): void
}

export async function openStore(opts: OpenOptions = {}): Promise<Store> {
  const conn = await Connection.open(opts)
  const docs = docsApi(conn)
  const actuals = actualsApi(conn)
  const ledger = ledgerApi(conn, docs)
  const reports = reportsApi(docs)
  return {
    get status() {
      return conn.status
    },
    onStatus: (listener) => conn.onStatus(listener),
    subscribe: (listener) => conn.subscribe(listener),
    observe(read, onValue, onError) {
      let running = false
      let again = false
      let stopped = false
      const run = async () => {
        if (running) {
          again = true // one more read after this one, however many changes came meanwhile
          return
        }
        running = true
        do {
          again = false
          try {
            const value = await read()
            if (!stopped) onValue(value)
          } catch (error) {
            if (!stopped) onError?.(error)
          }
        } while (again && !stopped)
        running = false
      }
      const unsubscribe = conn.subscribe(() => void run())
      void run()
      return () => {
        stopped = true
        unsubscribe()
      }
    },
    actuals,
    imports: importsApi(conn),
    examples: examplesApi(conn),
    ledger,
    settings: settingsApi(docs),
    reports,
    drafts: draftsApi(docs),
    backup: backupApi(conn),
    summary: summaryApi(conn, actuals, ledger, reports),
    close: () => conn.close(),
  }
}
