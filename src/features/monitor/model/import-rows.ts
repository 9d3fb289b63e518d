import type { ActualRow, ExistingActual } from '@/lib/imports/actuals-types'
import type { ActualInput, ActualValue, ImportRecord } from '@/lib/store'

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

/**
 * The current figures once an import is written: the kept ones, each figure the import set replaced
 * by its new value with the import as its source. What the store's read would give, without the read.
 */
export function withImported(
  kept: readonly ActualValue[],
  inputs: readonly ActualInput[],
  record: Pick<ImportRecord, 'id' | 'file' | 'sheet' | 'updatedAt' | 'author'>,
): ActualValue[] {
  const slot = (v: { indicatorId: string; period: { year: number; month: number } }) =>
    key(v.indicatorId, v.period.year, v.period.month)
  const out = new Map(kept.map((v) => [slot(v), v]))
  for (const input of inputs) {
    const value: ActualValue = {
      changeId: `${record.id}:${slot(input)}`,
      reportId: input.reportId,
      indicatorId: input.indicatorId,
      period: input.period,
      source: {
        kind: 'import',
        importId: record.id,
        file: record.file,
        ...(input.sheet ? { sheet: input.sheet } : {}),
        ...(input.row === undefined ? {} : { row: input.row }),
        at: record.updatedAt,
        ...(record.author ? { by: record.author } : {}),
      },
    }
    if (input.value !== undefined) value.value = input.value
    if (input.unit !== undefined) value.unit = input.unit
    if (input.growth !== undefined) value.growth = input.growth
    out.set(slot(input), value)
  }
  return [...out.values()].sort(
    (a, b) =>
      (a.indicatorId < b.indicatorId ? -1 : a.indicatorId > b.indicatorId ? 1 : 0) ||
      a.period.year - b.period.year ||
      a.period.month - b.period.month,
  )
}
