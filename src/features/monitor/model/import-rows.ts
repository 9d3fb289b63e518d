import type { ActualRow, ExistingActual } from '@/lib/imports/actuals-types'
import type { ActualInput, ActualValue } from '@/lib/store'

const key = (indicatorId: string, year: number, month: number) =>
  `${indicatorId}|${year}-${String(month).padStart(2, '0')}`

/** The kept figures as the reader compares them (period as '2023-03'). */
export function existingOf(values: readonly ActualValue[]): ExistingActual[] {
  return values.map((v) => ({
    indicatorId: v.indicatorId,
    period: `${v.period.year}-${String(v.period.month).padStart(2, '0')}`,
    ...(v.value === undefined ? {} : { value: v.value }),
    ...(v.unit === undefined ? {} : { unit: v.unit as ExistingActual['unit'] }),
    ...(v.growth === undefined ? {} : { growth: v.growth }),
  }))
}

/**
 * The accepted rows as the store's inputs, one per figure (indicator and period). A stored change is
 * the whole state of its figure, so what a row does not state is carried over: a growth-only row keeps
 * the kept level, and a file with a sheet of levels and a sheet of rates gives one figure with both
 * (the first row's place is kept as its source). Nothing the user had is dropped by an import.
 */
export function importInputs(
  reportId: string,
  rows: readonly ActualRow[],
  kept: readonly ActualValue[],
): ActualInput[] {
  const before = new Map(kept.map((v) => [key(v.indicatorId, v.period.year, v.period.month), v]))
  const out = new Map<string, ActualInput>()
  for (const r of rows) {
    const k = key(r.indicatorId, r.period.year, r.period.month)
    const prev = out.get(k)
    const base: ActualInput = prev ?? {
      reportId,
      indicatorId: r.indicatorId,
      period: { year: r.period.year, month: r.period.month },
      sheet: r.source.sheet,
      row: r.source.row,
    }
    if (r.value !== undefined) {
      base.value = r.value
      base.unit = r.unit
    }
    if (r.growth !== undefined) base.growth = r.growth
    out.set(k, base)
  }
  for (const [k, input] of out) {
    const old = before.get(k)
    if (!old) continue
    if (input.value === undefined && old.value !== undefined) {
      input.value = old.value
      input.unit = old.unit
    }
    if (input.growth === undefined && old.growth !== undefined) input.growth = old.growth
  }
  for (const input of out.values()) {
    if (input.unit === undefined) delete input.unit
    if (input.value === undefined) delete input.value
    if (input.growth === undefined) delete input.growth
  }
  return [...out.values()]
}
