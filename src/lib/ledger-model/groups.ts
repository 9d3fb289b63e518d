// Plan vs completed investment by sector, township or responsible unit: the charts of the ledger
// explorer (each ignores its own filter, so its other bars stay clickable) and the deck's slide.
import { SECTORS, type Sector } from '../dataset/taxonomy'
import type { JoinedRow } from './types'

export type GroupBar<K extends string = string> = {
  key: K
  /** Σ 年度计划投资 of the rows with a plan, 万元. */
  plan: number
  /** Σ 完成投资 of those same rows, 万元 (a completion without a plan would inflate the rate). */
  completed: number
  /** completed ÷ plan, %; NaN when no row has a plan. */
  completion: number
  /** Ledger rows in the group, and how many of them state a plan. */
  count: number
  withPlan: number
  selected: boolean
}

const clean = (x: number) => Number(x.toPrecision(12))

function bars<K extends string>(
  rows: readonly JoinedRow[],
  keyOf: (r: JoinedRow) => K | null,
  selected: readonly K[],
  where: ((r: JoinedRow) => boolean) | null,
): GroupBar<K>[] {
  const acc = new Map<K, { plan: number; completed: number; count: number; withPlan: number }>()
  for (const r of rows) {
    if (!r.entry) continue // report-only projects have no ledger figures
    if (where && !where(r)) continue
    const k = keyOf(r)
    if (k === null) continue
    let a = acc.get(k)
    if (!a) {
      a = { plan: 0, completed: 0, count: 0, withPlan: 0 }
      acc.set(k, a)
    }
    a.count++
    if (r.plan > 0) {
      a.withPlan++
      a.plan += r.plan
      if (!Number.isNaN(r.completed)) a.completed += r.completed
    }
  }
  return [...acc.entries()].map(([key, a]) => ({
    key,
    plan: clean(a.plan),
    completed: clean(a.completed),
    completion: a.plan > 0 ? (a.completed / a.plan) * 100 : Number.NaN,
    count: a.count,
    withPlan: a.withPlan,
    selected: selected.includes(key),
  }))
}

/** By dashboard sector, in the taxonomy's order; rows whose 行业 maps to no sector under '' ("unmapped"). */
export function planBySector(
  rows: readonly JoinedRow[],
  selected: readonly Sector[],
  where: ((r: JoinedRow) => boolean) | null,
): GroupBar<Sector | ''>[] {
  const out = bars<Sector | ''>(rows, (r) => r.sector ?? '', selected, where)
  const rank = (k: string) => (k === '' ? SECTORS.length : SECTORS.indexOf(k as Sector))
  return out.sort((a, b) => rank(a.key) - rank(b.key))
}

/** By a text dimension (township, unit), largest plan first; '' collects the rows that name none. */
export function planByText(
  rows: readonly JoinedRow[],
  keyOf: (r: JoinedRow) => string,
  selected: readonly string[],
  where: ((r: JoinedRow) => boolean) | null,
): GroupBar[] {
  return bars(rows, keyOf, selected, where).sort(
    (a, b) => b.plan - a.plan || b.count - a.count || a.key.localeCompare(b.key, 'zh'),
  )
}

/** The first `n` bars, keeping every selected one (a chosen bar never drops out of its chart). */
export function topBars<B extends GroupBar>(all: readonly B[], n: number): { shown: B[]; more: number } {
  const shown = all.filter((b, i) => i < n || b.selected)
  return { shown, more: all.length - shown.length }
}
