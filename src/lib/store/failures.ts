// Storage failures, said plainly. The UI shows the status; the store keeps working in memory for the
// session whenever it is not 'ok', and a backup download stays possible.
import type { LabelText } from '../dataset/schema'

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

export const STATUS_WORDS: Readonly<Record<UnavailableReason | WriteFailReason, LabelText>> = {
  'no-indexeddb': {
    zh: '此浏览器无法保存数据(可能是隐私模式)。本次修改只保存在当前页面中,请下载备份。',
    en: 'This browser cannot save data (private mode?). Changes live only in this page: download a backup.',
  },
  security: {
    zh: '浏览器设置禁止网站保存数据。本次修改只保存在当前页面中,请下载备份。',
    en: "The browser's settings block site data. Changes live only in this page: download a backup.",
  },
  blocked: {
    zh: '另一个标签页占用着旧版本的数据。请关闭其他标签页后刷新;在此之前修改不会保存。',
    en: 'Another tab holds an older version of the data. Close other tabs and reload; until then nothing is saved.',
  },
  'newer-version': {
    zh: '已保存的数据来自更新版本的应用,未作改动。请使用最新版本;本次修改不会保存。',
    en: 'The saved data comes from a newer version of the app and was left untouched. Changes are not saved.',
  },
  'open-failed': {
    zh: '无法打开浏览器数据库。本次修改只保存在当前页面中,请下载备份。',
    en: 'The browser database could not be opened. Changes live only in this page: download a backup.',
  },
  quota: {
    zh: '浏览器存储空间已满,最近的修改未能保存。数据仍在当前页面中,请立即下载备份。',
    en: 'Browser storage is full: recent changes were not saved. They are still in this page: download a backup now.',
  },
  closed: {
    zh: '数据库被关闭(可能在另一个标签页中升级了应用)。请刷新页面;在此之前请下载备份。',
    en: 'The database was closed (the app was updated in another tab?). Reload; download a backup first.',
  },
  io: {
    zh: '写入浏览器存储失败。数据仍在当前页面中,请下载备份。',
    en: 'Writing to browser storage failed. Your data is still in this page: download a backup.',
  },
}

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
