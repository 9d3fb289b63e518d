// The users' own data as the screens reach it: the store opened on first use (./open.ts), reads as
// TanStack Query options (./queries.ts), kept in step across tabs (./sync.ts), and a first-paint hint
// of what there is (./hint.ts). The store itself (src/lib/store) is the one module touching IndexedDB.
export { AUTHOR_KEY, authorOrUndefined, readAuthor, useAuthor, writeAuthor } from './author'
export { hasActuals, onHintChange, readHint, USER_DATA_HINT_KEY, type UserDataHint } from './hint'
export { onStoreOpened, openedStore, resetUserStoreForTests, storeStatus, userStore } from './open'
export {
  actualsQueryOptions,
  historyQueryOptions,
  importsQueryOptions,
  summaryQueryOptions,
  thresholdsQueryOptions,
  USER_DATA,
} from './queries'
export { isStoreOpen, useStoreStatus, useUserDataSync } from './sync'
