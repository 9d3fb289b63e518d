import { isCodeLoadError } from './errors'

// After a redeploy the chunk names an open page knows are gone: loading the page again gets the new
// ones. That reload happens by itself, once: markers in sessionStorage (which chunk failed, when)
// keep a chunk that is missing for good, or a server that keeps answering with HTML, from reloading
// the page in a loop. And never into the browser's own offline page: the server is asked first
// whether it answers at all.

export const RELOAD_MARKER = 'work-report-dashboard:code-reload'
/** No second automatic reload within this time, whichever chunk failed. */
export const RELOAD_QUIET_MS = 2 * 60_000

export type Marker = { key: string; at: number }
type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>

/** Whether to reload for a failure of `key` now, given the reloads already made in this tab. */
export function mayReload(markers: readonly Marker[], key: string, now: number): boolean {
  return !markers.some((m) => m.key === key || now - m.at < RELOAD_QUIET_MS)
}

/** The markers as saved; none when storage holds something else. */
export function readMarkers(storage: Storage): Marker[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(RELOAD_MARKER) ?? '[]')
    return Array.isArray(value)
      ? value.filter((m) => typeof m?.key === 'string' && Number.isFinite(m?.at))
      : []
  } catch {
    return []
  }
}

/** True when the server answers with the app's page: a reload will not land on an offline page. */
export async function serverAnswers(): Promise<boolean> {
  try {
    const response = await fetch(location.pathname, { cache: 'no-store', signal: AbortSignal.timeout(5000) })
    return response.ok && (response.headers.get('content-type') ?? '').includes('text/html')
  } catch {
    return false
  }
}

export type Recovery = 'reloading' | 'offline' | 'gave-up'

export type Env = {
  storage: () => Storage
  now: () => number
  answers: () => Promise<boolean>
  reload: () => void
}

const browser: Env = {
  storage: () => sessionStorage,
  now: Date.now,
  answers: serverAnswers,
  reload: () => location.reload(),
}

/**
 * What to do about code that failed to load: reload once if the server answers and no reload for
 * this failure (or any, lately) was made in this tab; 'offline' when the server does not answer;
 * 'gave-up' when reloading would not help or could loop (also when sessionStorage, the guard, is
 * blocked). Not for other errors: a bug stays a bug.
 */
export async function recoverFromCodeError(error: unknown, env: Env = browser): Promise<Recovery> {
  if (!isCodeLoadError(error)) return 'gave-up'
  if (!(await env.answers())) return 'offline'
  const key = error.url ?? error.reason
  const now = env.now()
  try {
    const storage = env.storage()
    const markers = readMarkers(storage)
    if (!mayReload(markers, key, now)) return 'gave-up'
    storage.setItem(RELOAD_MARKER, JSON.stringify([...markers.slice(-9), { key, at: now }]))
    if (!readMarkers(storage).some((m) => m.at === now && m.key === key)) return 'gave-up'
  } catch {
    return 'gave-up'
  }
  env.reload()
  return 'reloading'
}
