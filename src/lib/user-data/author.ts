import { useSyncExternalStore } from 'react'

// Who is entering figures on this computer ("统计局 王"), written on every import, edit and undo so the
// history says who did what. There are no accounts: the name belongs to this browser, like the theme,
// and stays out of backups (a backup travels to other staff, whose own names go on their changes).

export const AUTHOR_KEY = 'work-report-dashboard:author'
const MAX = 60
const listeners = new Set<() => void>()

export function readAuthor(): string {
  try {
    return (globalThis.localStorage?.getItem(AUTHOR_KEY) ?? '').slice(0, MAX)
  } catch {
    return ''
  }
}

/** Saves the name (trimmed; empty forgets it). */
export function writeAuthor(name: string): void {
  const value = name.trim().slice(0, MAX)
  try {
    if (value) globalThis.localStorage?.setItem(AUTHOR_KEY, value)
    else globalThis.localStorage?.removeItem(AUTHOR_KEY)
  } catch {
    // storage blocked: the name is not kept, changes are recorded without one
  }
  for (const l of listeners) l()
}

/** The name to record on a change, or undefined when none is set. */
export function authorOrUndefined(): string | undefined {
  return readAuthor() || undefined
}

function subscribe(callback: () => void): () => void {
  listeners.add(callback)
  const onStorage = (e: StorageEvent) => e.key === AUTHOR_KEY && callback()
  globalThis.addEventListener?.('storage', onStorage)
  return () => {
    listeners.delete(callback)
    globalThis.removeEventListener?.('storage', onStorage)
  }
}

/** The name set on this computer ('' when none), following changes in this tab and others. */
export function useAuthor(): string {
  return useSyncExternalStore(subscribe, readAuthor, () => '')
}
