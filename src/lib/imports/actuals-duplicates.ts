// The same indicator and period twice: within one file, or against what is already kept. The same
// figure again is skipped; a different one is a conflict, rejected on every row that states it,
// since which of two figures is right is for the user to say, not for the order of rows.
import type { ActualRow, ActualsOptions } from './actuals-types'
import { type CellUnit, convertUnit } from './cell-units'
import type { RowIssue } from './types'

type Figures = { value?: number; unit?: CellUnit; growth?: number }

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.abs(b) * 1e-9 + 1e-12
}

/** The first field both state and disagree on, with both values; undefined when they agree. */
function difference(a: Figures, b: Figures): { field: 'value' | 'growth'; a: number; b: number } | undefined {
  if (a.value !== undefined && b.value !== undefined) {
    const bInA = a.unit && b.unit ? convertUnit(b.value, b.unit, a.unit) : b.value
    if (bInA === undefined || !same(a.value, bInA)) return { field: 'value', a: a.value, b: b.value }
  }
  if (a.growth !== undefined && b.growth !== undefined && !same(a.growth, b.growth)) {
    return { field: 'growth', a: a.growth, b: b.growth }
  }
  return undefined
}

function covers(kept: Figures, row: Figures): boolean {
  return (
    (row.value === undefined || kept.value !== undefined) &&
    (row.growth === undefined || kept.growth !== undefined)
  )
}

export function checkDuplicates(
  rows: ActualRow[],
  opts: Pick<ActualsOptions, 'existing' | 'replaceExisting'>,
): { rows: ActualRow[]; issues: RowIssue[] } {
  const issues: RowIssue[] = []
  const at = (
    row: ActualRow,
    severity: RowIssue['severity'],
    code: RowIssue['code'],
    params?: RowIssue['params'],
  ) =>
    issues.push({
      sheet: row.source.sheet,
      row: row.source.row,
      severity,
      code,
      ...(params ? { params } : {}),
    })
  const firstOf = new Map<string, ActualRow>()
  const rejected = new Set<ActualRow>()
  for (const row of rows) {
    const key = `${row.indicatorId}|${row.period.key}`
    const first = firstOf.get(key)
    if (!first) {
      firstOf.set(key, row)
      continue
    }
    const diff = difference(first, row)
    if (diff) {
      const params = { field: diff.field, otherValue: diff.a, value: diff.b }
      at(row, 'error', 'duplicate-conflict', { ...params, otherRow: first.source.row })
      if (!rejected.has(first)) {
        at(first, 'error', 'duplicate-conflict', {
          field: diff.field,
          otherValue: diff.b,
          value: diff.a,
          otherRow: row.source.row,
        })
      }
      rejected.add(first)
      rejected.add(row)
    } else if (covers(first, row)) {
      at(row, 'skipped', 'duplicate-same', { otherRow: first.source.row })
      rejected.add(row)
    }
    // Otherwise the rows state different fields (one the value, one the growth): both are kept.
  }
  const existing = new Map((opts.existing ?? []).map((e) => [`${e.indicatorId}|${e.period}`, e]))
  const accepted: ActualRow[] = []
  for (const row of rows) {
    if (rejected.has(row)) continue
    const kept = existing.get(`${row.indicatorId}|${row.period.key}`)
    const diff = kept ? difference(kept, row) : undefined
    if (kept && diff) {
      const params = { field: diff.field, existing: diff.a, value: diff.b }
      if (!opts.replaceExisting) {
        at(row, 'error', 'conflicts-existing', params)
        continue
      }
      at(row, 'warning', 'replaces-existing', params)
    } else if (kept && covers(kept, row)) {
      at(row, 'skipped', 'same-as-existing')
      continue
    }
    accepted.push(row)
  }
  return { rows: accepted, issues }
}
