import { queryOptions } from '@tanstack/react-query'
import type { Layer } from '../store'
import { USER_DATA } from './key'
import { userStore } from './open'

export { USER_DATA } from './key'

// User data belongs to TanStack Query like the report data: one query per read, all keyed under
// 'user-data', so that a change (in this tab or another: ./sync.ts) refreshes exactly what shows it.
// Reads never go stale on their own: the store says when something changed.

const live = { staleTime: Number.POSITIVE_INFINITY, retry: false } as const

/** The current actuals of a report (one layer: real imports and edits, or invented example data). */
export function actualsQueryOptions(reportId: string, layer: Layer = 'real') {
  return queryOptions({
    queryKey: [USER_DATA, 'actuals', reportId, layer],
    queryFn: async () => {
      const store = await userStore()
      // Most users never load example data: asking the small imports table first spares every
      // screen a second full read of the figures after each change.
      if (layer === 'example' && !(await store.examples.has(reportId))) return []
      return store.actuals.current(reportId, { layer })
    },
    ...live,
  })
}

/** The history of one figure (or of an indicator), newest first, with what became of each change. */
export function historyQueryOptions(q: { reportId: string; indicatorId: string; layer?: Layer }) {
  return queryOptions({
    queryKey: [USER_DATA, 'history', q.reportId, q.indicatorId, q.layer ?? 'real'],
    queryFn: async () => (await userStore()).actuals.history(q),
    ...live,
  })
}

/** The import batches of a kind, newest first. */
export function importsQueryOptions(q: {
  kind: 'actuals' | 'ledger'
  reportId?: string
  examples?: boolean
}) {
  return queryOptions({
    queryKey: [USER_DATA, 'imports', q.kind, q.reportId ?? '', q.examples ?? false],
    queryFn: async () => (await userStore()).imports.list(q),
    ...live,
  })
}

/** The status thresholds the user set (or the defaults). */
export function thresholdsQueryOptions() {
  return queryOptions({
    queryKey: [USER_DATA, 'thresholds'],
    queryFn: async () => (await userStore()).settings.thresholds(),
    ...live,
  })
}

/** Which reports hold data of each kind. */
export function summaryQueryOptions() {
  return queryOptions({
    queryKey: [USER_DATA, 'summary'],
    queryFn: async () => (await userStore()).summary(),
    ...live,
  })
}
