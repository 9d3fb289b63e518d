/**
 * The TanStack Query key every user-data read sits under (./queries.ts, ./ledger-queries.ts): a change
 * in the store refreshes exactly these (./sync.ts). Its own module, so the first paint, which mounts
 * the sync, does not carry the query definitions.
 */
export const USER_DATA = 'user-data'
