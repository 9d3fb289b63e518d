import type { ImportFile } from '@/lib/imports/client'
import type { ColumnMapping } from '@/lib/imports/column-guess'
import type { AmountsUnit, LedgerAnalysis } from '@/lib/imports/ledger-analyze'
import type { LedgerField } from '@/lib/imports/ledger-fields'

// What the import steps pass each other: the file being read and the user's choices so far.

export type SheetPlan = {
  analysis: LedgerAnalysis
  mapping: ColumnMapping<LedgerField>
  /** The mapping was confirmed for a file of this shape before. */
  remembered: boolean
}

export type Plan = {
  name: string
  file: ImportFile
  sheets: SheetPlan[]
  unit: AmountsUnit
  asOf: string
  /** Where the as-of date came from; undefined: the user must give it. */
  asOfFrom?: LedgerAnalysis['asOf'] | undefined
  yearAssumed: boolean
}
