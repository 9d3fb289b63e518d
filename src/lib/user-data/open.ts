import { loadCode } from '../code-load/load-code'
import type { OpenOptions, Store, StoreStatus } from '../store'

// The one way the app reaches the users' own data: the store module (Dexie, src/lib/store) loads and
// opens on first use, never on the first paint, and once per page. Everything that reads or writes
// user data goes through userStore(); screens read it through the query options of ./queries.ts.

type Listener = (store: Store) => void

let opening: Promise<Store> | null = null
let options: OpenOptions = {}
let opened: Store | null = null
const listeners = new Set<Listener>()

/** The store, opened on first call (the same promise after that). */
export function userStore(): Promise<Store> {
  // Through loadCode: a store chunk that fails to load is a CodeLoadError (the screen boundaries then
  // reload once, or say so), and the next call tries again instead of keeping the failure.
  opening ??= loadCode(() => import('../store'))
    .then((m) => m.openStore(options))
    .then((store) => {
      opened = store
      for (const listener of listeners) listener(store)
      return store
    })
  opening.catch(() => {
    opening = null
  })
  return opening
}

/** The store if something has opened it already (nothing is loaded by asking). */
export function openedStore(): Store | null {
  return opened
}

/** Calls `listener` when the store is opened (at once if it is); returns the unsubscribe. */
export function onStoreOpened(listener: Listener): () => void {
  listeners.add(listener)
  if (opened) listener(opened)
  return () => listeners.delete(listener)
}

/** The store's status, or 'ok' before anything has opened it (nothing has failed yet). */
export function storeStatus(): StoreStatus {
  return opened?.status ?? OK
}
const OK: StoreStatus = { state: 'ok' }

/** Tests: forget the opened store so the next test opens a fresh one (with these options). */
export function resetUserStoreForTests(next: OpenOptions = {}) {
  opened?.close()
  opening = null
  opened = null
  options = next
}
