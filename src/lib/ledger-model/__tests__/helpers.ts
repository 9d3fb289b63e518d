import type { LedgerData, LedgerEntry } from '../types'

/** A ledger row as the importer gives it (amounts in the snapshot's unit). Invented, for tests. */
export function entry(name: string, row: number, fields: LedgerEntry['fields'] = {}): LedgerEntry {
  return { name, sheet: '重点项目', row, fields }
}

export function ledgerOf(
  rows: LedgerEntry[],
  asOf = '2023-06-30',
  amountUnit: '万元' | '亿元' = '万元',
): LedgerData {
  return { snapshot: { file: '台账-6月(示例).xlsx', asOf, amountUnit }, rows }
}
