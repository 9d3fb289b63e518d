import { isCodeLoadError } from './errors'

// After a redeploy the chunk names an open page knows are gone: loading the page again gets the new
// ones. That reload happens by itself, once: a marker in sessionStorage (which chunk failed, when)
// keeps a chunk that is missing for good, or a server that keeps answering with HTML, from
// reloading the page in a loop. And never into the browser's own offline page: the server is asked
// first whether it answers at all.

export const RELOAD_MARKER = 'work-report-dashboard:code-reload'
/** No second automatic reload within this time, whichever chunk failed. */
export const RELOAD_QUIET_MS = 2 * 60_000
const KEPT = 10

export type Marker = { key: string; at: number }

/** Whether to reload for a failure of `key` now, given the reloads already made in this tab. */
export function mayReload(markers: readonly Marker[], key: string, now: number): boolean {
  return !markers.some((m) => m.key === key || now - m.at < RELOAD_QUIET_MS)
}

/** The markers as saved; none when storage is blocked or holds something else. */
export function readMarkers(storage: Pick<Storage, 'getItem'>): Marker[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(RELOAD_MARKER) ?? '[]')
    return Array.isArray(value)
      ? value.filter(
          (m): m is Marker =>
            typeof m?.key === 'string' && typeof m?.at === 'number' && Number.isFinite(m.at),
        )
      : []
  } catch {
    return []
  }
}

/** Saves a marker; false when it cannot be saved (then the page must not reload by itself). */
export function writeMarker(storage: Pick<Storage, 'getItem' | 'setItem'>, marker: Marker): boolean {
  try {
    const kept = [...readMarkers(storage), marker].slice(-KEPT)
    storage.setItem(RELOAD_MARKER, JSON.stringify(kept))
    return readMarkers(storage).some((m) => m.key === marker.key && m.at === marker.at)
  } catch {
    return false
  }
}

/** True when the server answers with the app's page: a reload will not land on an offline page. */
export async function serverAnswers(fetcher: typeof fetch = fetch, ms = 5000): Promise<boolean> {
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(), ms)
  try {
    const response = await fetcher(location.pathname, { cache: 'no-store', signal: abort.signal })
    return response.ok && (response.headers.get('content-type') ?? '').includes('text/html')
  } catch {
    return false
  } finally {
    clearTimeout(timer)
  }
}

export type Recovery = 'reloading' | 'offline' | 'gave-up'

type Env = {
  storage: () => Pick<Storage, 'getItem' | 'setItem'>
  now: () => number
  answers: () => Promise<boolean>
  reload: () => void
}

const browserEnv: Env = {
  storage: () => sessionStorage,
  now: () => Date.now(),
  answers: () => serverAnswers(),
  reload: () => location.reload(),
}

/**
 * What to do about code that failed to load: reload once if the server answers and no reload for
 * this failure (or any, lately) was made in this tab; 'offline' when the server does not answer;
 * 'gave-up' when reloading would not help or could loop. Not for other errors: a bug stays a bug.
 */
export async function recoverFromCodeError(error: unknown, env: Env = browserEnv): Promise<Recovery> {
  if (!isCodeLoadError(error)) return 'gave-up'
  if (!(await env.answers())) return 'offline'
  const key = error.url ?? error.reason
  const now = env.now()
  let storage: Pick<Storage, 'getItem' | 'setItem'>
  try {
    storage = env.storage()
  } catch {
    return 'gave-up' // no sessionStorage: no guard against a loop, so no automatic reload
  }
  if (!mayReload(readMarkers(storage), key, now) || !writeMarker(storage, { key, at: now })) return 'gave-up'
  env.reload()
  return 'reloading'
}
