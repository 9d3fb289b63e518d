// wouter imports useSyncExternalStore from the `use-sync-external-store` shim, written for React
// before 18. React 19 has the hook itself: the build points the shim here (vite.config.ts), which
// takes ~0.7 kB gzip off the first paint.
export { useSyncExternalStore } from 'react'
