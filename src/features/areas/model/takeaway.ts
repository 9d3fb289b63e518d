import type { ComparisonRow } from '@/lib/report-model'

// A chart's one-line takeaway, in words only: which bar is longest (and shortest). It adds no number
// of its own (a ratio would be a derived figure with a formula); the bars and their labels carry the
// values. No takeaway when the largest is tied, as "A is more than B" would then be false.

export type Takeaway =
  | { kind: 'two'; top: ComparisonRow; other: ComparisonRow }
  | { kind: 'many'; top: ComparisonRow; bottom: ComparisonRow }

export function takeaway(rows: readonly ComparisonRow[]): Takeaway | null {
  if (rows.length < 2) return null
  const sorted = [...rows].sort((a, b) => b.value - a.value)
  const [top, second] = sorted as [ComparisonRow, ComparisonRow]
  if (top.value === second.value) return null
  const bottom = sorted[sorted.length - 1] as ComparisonRow
  return rows.length === 2 ? { kind: 'two', top, other: second } : { kind: 'many', top, bottom }
}
