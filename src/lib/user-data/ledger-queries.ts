import { queryOptions } from '@tanstack/react-query'
import { USER_DATA } from './key'
import { userStore } from './open'

// The project ledger's reads (issue 12), apart from ./queries.ts so the first paint (which mounts the
// user-data sync) does not carry them: only the Projects screen and the deck import this module.

const live = { staleTime: Number.POSITIVE_INFINITY, retry: false } as const

/**
 * The report's current project ledger: its latest snapshot whose import is not undone, with its rows
 * (null when none). Rows come in sheet order, as the user's file has them.
 */
export function ledgerQueryOptions(reportId: string) {
  return queryOptions({
    queryKey: [USER_DATA, 'ledger', reportId],
    queryFn: async () => {
      const store = await userStore()
      const snapshot = await store.ledger.latest({ reportId })
      if (!snapshot) return null
      return { snapshot, rows: await store.ledger.rows(snapshot.id) }
    },
    ...live,
  })
}

/** Every live ledger snapshot of the report (the months imported), oldest first. */
export function snapshotsQueryOptions(reportId: string) {
  return queryOptions({
    queryKey: [USER_DATA, 'snapshots', reportId],
    queryFn: async () => (await userStore()).ledger.snapshots({ reportId }),
    ...live,
  })
}

/** One ledger project across every live snapshot of the report, oldest first. */
export function projectHistoryQueryOptions(reportId: string, name: string) {
  return queryOptions({
    queryKey: [USER_DATA, 'project-history', reportId, name],
    queryFn: async () => (await userStore()).ledger.projectHistory(name, { reportId }),
    ...live,
  })
}

/** The user's decisions on ledger projects that are (or are not) the report's named projects. */
export function matchesQueryOptions(reportId: string) {
  return queryOptions({
    queryKey: [USER_DATA, 'matches', reportId],
    queryFn: async () => (await userStore()).ledger.matches(reportId),
    ...live,
  })
}

/** The user's mapping of the ledger's 行业 words onto the dashboard's sectors. */
export function sectorWordsQueryOptions() {
  return queryOptions({
    queryKey: [USER_DATA, 'sector-words'],
    queryFn: async () => (await userStore()).settings.sectorWords(),
    ...live,
    // The words are the user's text and come without a prototype (`__proto__` is a word too): the
    // cache's sharing would copy them into a plain object, where that key is a setter and is lost.
    structuralSharing: false,
  })
}
