// "Latest wins" over immutable records: the state of anything is read from its records, never
// stored in place, which is what keeps the data conflict-free once it is replicated.
import { newerFirst } from './ids'
import type { DocRecord, EventRecord } from './records'

/** Ids of the imports and changes whose latest undo/redo event is an undo. */
export function undoneTargets(events: readonly EventRecord[]): Set<string> {
  const latest = new Map<string, EventRecord>()
  for (const e of events) {
    const seen = latest.get(e.target)
    if (!seen || newerFirst(e, seen) < 0) latest.set(e.target, e)
  }
  const undone = new Set<string>()
  for (const [target, e] of latest) if (e.op === 'undo') undone.add(target)
  return undone
}

/** The newest record per key (tombstones included: the caller decides what a deletion means). */
export function latestBy<T extends { updatedAt: string; id: string }>(
  records: readonly T[],
  keyOf: (r: T) => string,
): Map<string, T> {
  const latest = new Map<string, T>()
  for (const r of records) {
    const key = keyOf(r)
    const seen = latest.get(key)
    if (!seen || newerFirst(r, seen) < 0) latest.set(key, r)
  }
  return latest
}

/** Live documents: the newest per key, unless it is a tombstone. */
export function liveDocs(docs: readonly DocRecord[]): DocRecord[] {
  return [...latestBy(docs, (d) => d.key).values()].filter((d) => !d.deleted)
}
