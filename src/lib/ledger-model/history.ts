// A project across the year: its row in every monthly ledger (each import is a snapshot), oldest first,
// with the status each month had. Amounts in 万元 whatever unit each month's file used.
import { projectStatus, type StatusResult } from '../status/rules'
import { DEFAULT_THRESHOLDS, type Thresholds } from '../status/thresholds'
import { toWan } from './join'
import type { LedgerEntry, LedgerSnapshot } from './types'

export type HistoryPoint = {
  asOf: string
  file: string
  sheet?: string | undefined
  row: number
  plan: number // 万元, NaN when blank
  completed: number
  total: number
  nature?: string | undefined
  status: StatusResult
  /** completed − the previous snapshot's completed, 万元; NaN for the first or a blank. */
  added: number
}

export function projectHistory(
  entries: readonly { snapshot: LedgerSnapshot; row: LedgerEntry }[],
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): HistoryPoint[] {
  const sorted = [...entries].sort((a, b) => a.snapshot.asOf.localeCompare(b.snapshot.asOf))
  let previous = Number.NaN
  return sorted.map(({ snapshot, row }) => {
    const unit = snapshot.amountUnit
    const completed = toWan(row.fields.completed, unit)
    const point: HistoryPoint = {
      asOf: snapshot.asOf,
      file: snapshot.file,
      sheet: row.sheet,
      row: row.row,
      plan: toWan(row.fields.plan, unit),
      completed,
      total: toWan(row.fields.total, unit),
      nature: row.fields.nature,
      status: projectStatus(
        { completed: row.fields.completed, plan: row.fields.plan, asOf: snapshot.asOf },
        thresholds,
      ),
      added: Number((completed - previous).toPrecision(12)),
    }
    previous = completed
    return point
  })
}
