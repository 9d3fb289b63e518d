// The status of the joined list at a glance: how many projects per light, and the red list of those
// furthest behind their annual plan (red before yellow, then the largest gap), as the 调度会 reads it.
import { redList } from '../status/series'
import type { JoinedRow, LightKey } from './types'

export type LightCounts = Record<LightKey, number>

export function lightCounts(rows: readonly JoinedRow[]): LightCounts {
  const out: LightCounts = { red: 0, yellow: 0, green: 0, none: 0 }
  for (const r of rows) if (r.entry) out[r.light]++
  return out
}

/** Ledger rows behind time elapsed, worst first (the shared rule of src/lib/status redList). */
export function behindList(rows: readonly JoinedRow[], limit = Number.POSITIVE_INFINITY) {
  const lit = rows.filter(
    (r): r is JoinedRow & { status: NonNullable<JoinedRow['status']> } => r.status !== null,
  )
  return redList(lit).slice(0, limit)
}
