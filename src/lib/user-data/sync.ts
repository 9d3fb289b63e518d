import { type QueryClient, useQueryClient } from '@tanstack/react-query'
import { useEffect, useSyncExternalStore } from 'react'
import type { Store, StoreStatus } from '../store'
import { writeHint } from './hint'
import { USER_DATA } from './key'
import { onStoreOpened, openedStore, storeStatus } from './open'

/**
 * Keeps what the screens show in step with the store, from the moment anything opens it: a change in
 * this tab or another refreshes the user-data queries and rewrites the first-paint hint (./hint.ts).
 * Mounted once, by the app's providers; it loads nothing itself.
 */
export function useUserDataSync() {
  const client = useQueryClient()
  useEffect(() => onStoreOpened((store) => follow(store, client)), [client])
}

const followed = new WeakSet<Store>()

function follow(store: Store, client: QueryClient) {
  if (followed.has(store)) return
  followed.add(store)
  // The screens first, then the hint: the hint is for the next visit's first paint, and reading the
  // summary beside the screens' own reads would only slow what the user is waiting for.
  const refresh = () => {
    void client
      .invalidateQueries({ queryKey: [USER_DATA] })
      .catch(() => {})
      .then(() => store.summary())
      .then(writeHint, () => {})
  }
  store.subscribe(refresh)
  refresh()
}

function subscribeStatus(callback: () => void): () => void {
  let stop = () => {}
  const off = onStoreOpened((store) => {
    stop = store.onStatus(callback)
    callback()
  })
  return () => {
    off()
    stop()
  }
}

/** The store's status for the UI ('ok' until something has opened it and it has failed). */
export function useStoreStatus(): StoreStatus {
  return useSyncExternalStore(subscribeStatus, storeStatus, storeStatus)
}

/** Whether the store has been opened in this page (something read or wrote user data). */
export function isStoreOpen(): boolean {
  return openedStore() !== null
}
