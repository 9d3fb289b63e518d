// Storage failures, said plainly (the words are the UI's: src/app/storage). The UI shows the status; the store keeps working in memory for the
// session whenever it is not 'ok', and a backup download stays possible.

/** Why the browser database could not be opened at all: nothing is saved this session. */
export type UnavailableReason =
  | 'no-indexeddb' // no IndexedDB (some private modes, file:// in some browsers, old embedded browsers)
  | 'security' // blocked by the browser's settings (cookies/site data disabled)
  | 'blocked' // another tab keeps an older version open and does not let go
  | 'newer-version' // the saved data was written by a newer version of the app: left untouched
  | 'open-failed' // anything else the browser reported
/** Why saving stopped partway through a session: what was saved before is still on disk. */
export type WriteFailReason = 'quota' | 'closed' | 'io'

export type StoreStatus =
  | { state: 'ok' }
  | { state: 'unavailable'; reason: UnavailableReason; detail: string }
  | { state: 'write-failed'; reason: WriteFailReason; detail: string; since: string }

/** The error's name and those of the errors it wraps (Dexie keeps the browser's error in `inner`). */
export function errorNames(error: unknown): string[] {
  const names: string[] = []
  let e: unknown = error
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { name, inner, cause } = e as { name?: unknown; inner?: unknown; cause?: unknown }
    if (typeof name === 'string') names.push(name)
    e = inner ?? cause
  }
  return names
}

export function errorDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.slice(0, 300)
}

export function classifyOpenError(error: unknown): UnavailableReason {
  const names = errorNames(error)
  if (names.includes('SecurityError')) return 'security'
  if (names.includes('VersionError')) return 'newer-version'
  if (names.includes('MissingAPIError')) return 'no-indexeddb'
  return 'open-failed'
}

/**
 * A failure of the storage itself (then the store falls back to memory), or null for anything else
 * (a bug, a duplicate id, an invalid value), which is thrown to the caller as it is.
 */
export function classifyWriteError(error: unknown): WriteFailReason | null {
  const names = errorNames(error)
  if (names.includes('QuotaExceededError')) return 'quota'
  if (names.some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError')) return 'closed'
  if (names.some((n) => n === 'UnknownError' || n === 'AbortError' || n === 'OpenFailedError')) return 'io'
  return null
}
