import type { AsOf } from '@/lib/imports/as-of'
import type { ColumnMapping } from '@/lib/imports/column-guess'
import type { HeaderColumn } from '@/lib/imports/header-detect'
import type { LedgerField } from '@/lib/imports/ledger-fields'
import { daysInMonth } from '@/lib/status/time-elapsed'

// The column mapping as the user confirms it (field → column) and as the store remembers it for the
// next file of the same shape (field → heading, so a mapping outlives the month written in "1-6月完成").

const shape = (text: string) => text.replace(/\s+/g, '').replace(/\d+/g, '#')

/** field → heading text, as kept with the snapshot and remembered by header shape. */
export function headersOf(
  mapping: ColumnMapping<LedgerField>,
  columns: readonly HeaderColumn[],
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [field, col] of Object.entries(mapping) as [LedgerField, number][]) {
    const c = columns[col]
    if (c) out[field] = c.text || c.letter
  }
  return out
}

/**
 * A remembered mapping back onto this file's columns: each heading found by its shape (digits aside),
 * else by the column letter; null when a heading is no longer there (the user then maps afresh).
 */
export function columnsOf(
  remembered: Record<string, string>,
  columns: readonly HeaderColumn[],
): ColumnMapping<LedgerField> | null {
  const out: ColumnMapping<LedgerField> = {}
  for (const [field, heading] of Object.entries(remembered)) {
    const hit =
      columns.find((c) => shape(c.text) === shape(heading)) ?? columns.find((c) => c.letter === heading)
    if (!hit) return null
    out[field as LedgerField] = hit.col
  }
  return out.name === undefined ? null : out
}

/** 截至6月底 → 2023-06-30 (a month without a day is complete); '' when the year is not known. */
export function asOfDate(asOf: AsOf | undefined, fallbackYear?: number): string {
  if (!asOf) return ''
  const year = asOf.year ?? fallbackYear
  if (!year) return ''
  const day = asOf.day ?? daysInMonth(year, asOf.month)
  return `${year}-${String(asOf.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
