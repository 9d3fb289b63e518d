import { useSyncExternalStore } from 'react'
import { onHintChange, readHint } from './hint'

// The ids of the reports saved in this browser, from the first-paint hint, FOLLOWED: a report saved
// (or removed) in this tab or another updates every screen that lists reports at once, without a
// navigation (the header's switcher once stayed hidden after a save until the next click).
const snapshot = () => readHint().reports.join('\n')

export function useSavedIds(): string[] {
  const ids = useSyncExternalStore(onHintChange, snapshot, snapshot)
  return ids ? ids.split('\n') : []
}
