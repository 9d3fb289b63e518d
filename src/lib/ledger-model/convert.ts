// The importer's rows (src/lib/imports LedgerRow, field names of the reader) into the store's row shape
// (src/lib/store LedgerRowInput), which the screens also read while a fresh import is being saved.
import type { LedgerRow } from '../imports/ledger-row'
import type { LedgerEntry } from './types'

export function entryOf(r: LedgerRow): LedgerEntry {
  const fields: LedgerEntry['fields'] = {}
  if (r.sector !== undefined) fields.industry = r.sector
  if (r.township !== undefined) fields.township = r.township
  if (r.nature !== undefined) fields.nature = r.nature
  if (r.section !== undefined) fields.section = r.section
  if (r.totalInvestment !== undefined) fields.total = r.totalInvestment
  if (r.planInvestment !== undefined) fields.plan = r.planInvestment
  if (r.completedInvestment !== undefined) fields.completed = r.completedInvestment
  if (r.start !== undefined) fields.started = r.start
  if (r.unit !== undefined) fields.responsible = r.unit
  if (r.leader !== undefined) fields.leader = r.leader
  if (r.remarks !== undefined) fields.remarks = r.remarks
  const out: LedgerEntry = { name: r.name, sheet: r.source.sheet, row: r.source.row, fields }
  if (r.extra) out.extra = r.extra
  return out
}

/** A project's name for following it across snapshots (the store's projectNameKey, kept in step by a test). */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase()
}
