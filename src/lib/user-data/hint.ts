// Which reports hold user data, kept in a small localStorage entry beside the database, so that code
// on the first paint (the Overview, and the early script before it) knows WITHOUT loading the store
// whether there is anything to show: with nothing imported the Overview stays exactly as it is and
// loads no storage code; with actuals it reserves their place before the first paint (no layout shift)
// and loads them. The database is the truth; this is only a hint, rewritten after every change.

export const USER_DATA_HINT_KEY = 'work-report-dashboard:user-data'

export type UserDataHint = {
  /** Report ids with monitoring actuals (real figures). */
  actuals: string[]
  /** Report ids with invented example actuals loaded. */
  examples: string[]
  /** Report ids with an imported project ledger. */
  ledger: string[]
  /** Ids of reports saved in this browser (#/ingest): the report switcher lists them. */
  reports: string[]
}

const EMPTY: UserDataHint = { actuals: [], examples: [], ledger: [], reports: [] }
const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])

export function readHint(): UserDataHint {
  try {
    const raw = globalThis.localStorage?.getItem(USER_DATA_HINT_KEY)
    if (!raw) return EMPTY
    const v = JSON.parse(raw) as Record<string, unknown>
    return {
      actuals: ids(v.actuals),
      examples: ids(v.examples),
      ledger: ids(v.ledger),
      reports: ids(v.reports),
    }
  } catch {
    return EMPTY // unreadable or blocked storage: as if nothing were there; the store says the rest
  }
}

const CHANGED = 'work-report-dashboard:user-data-hint'

export function writeHint(hint: UserDataHint) {
  try {
    const same = JSON.stringify(readHint()) === JSON.stringify(hint)
    if (same) return
    globalThis.localStorage?.setItem(USER_DATA_HINT_KEY, JSON.stringify(hint))
    // A 'storage' event reaches only the OTHER tabs: tell this one too (a screen mounted before the
    // first import, e.g. the Overview opened right after "try with example data", must follow).
    globalThis.dispatchEvent?.(new Event(CHANGED))
  } catch {
    // storage blocked: the hint is an optimisation, the store reports its own status
  }
}

/** Calls back whenever the hint changes, in this tab or another; returns the unsubscribe. */
export function onHintChange(callback: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === USER_DATA_HINT_KEY || e.key === null) callback() // null: storage cleared
  }
  globalThis.addEventListener?.('storage', onStorage)
  globalThis.addEventListener?.(CHANGED, callback)
  return () => {
    globalThis.removeEventListener?.('storage', onStorage)
    globalThis.removeEventListener?.(CHANGED, callback)
  }
}

/** Whether the report has an imported project ledger (the first-paint hint says; the store is the truth). */
export function hasLedger(reportId: string, hint = readHint()): boolean {
  return hint.ledger.includes(reportId)
}

/** Whether the report has monitoring figures (real or example) to show. */
export function hasActuals(reportId: string, hint = readHint()): boolean {
  return hint.actuals.includes(reportId) || hint.examples.includes(reportId)
}
