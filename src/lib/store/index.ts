// The one module that owns the users' own data in IndexedDB. Load it lazily:
//   const { openStore } = await import('@/lib/store')
export type {
  ActualInput,
  ActualSource,
  ActualValue,
  HistoryEntry,
  ImportBatch,
  Layer,
  Period,
} from './actuals'
export type { RestoreMode, RestoreResult } from './backup'
export { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupCheck, parseBackup } from './backup-format'
export { DB_NAME, DB_VERSION } from './db'
export type { ReviewDraft } from './drafts'
export { StoreInputError } from './errors'
export type { StoreStatus, UnavailableReason, WriteFailReason } from './failures'
export type { ImportInfo } from './imports'
export {
  type ImportProgress,
  type LedgerImportMeta,
  type LedgerRowInput,
  type ProjectMatch,
  projectNameKey,
} from './ledger'
export type { OpenOptions } from './open'
export type {
  AmountUnit,
  ChangeSource,
  ImportRecord,
  LedgerFields,
  LedgerRowRecord,
  SnapshotRecord,
  TableName,
} from './records'
export type { SavedReport, SavedReportInfo } from './reports'
export { type ColumnMapping, headerSignature, type SectorWords } from './settings'
export { openStore, type Store } from './store'
export type { StoreSummary } from './summary'
