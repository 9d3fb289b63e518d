// One figure of an actuals row: a growth rate (%), or a level in the indicator's unit. The unit is the
// cell's own (8,123元), else the heading's (累计值(亿元)), else the row's 计量单位, else the indicator's
// (assumed, and said so). A heading of another kind (亿元 over a 户 count) is not about that row.
// A level far from the indicator's reference level (100× or more) is rejected: 8,123 in a 亿元 column
// for per-capita income is 8,123元 mistyped, the classic 万元/亿元 slip, not a number to convert.
import type { Unit } from '../format/units'
import type { MeasureColumn } from './actuals-layout'
import { type CellUnit, cellUnitOf, convertible, convertUnit, isCellUnit } from './cell-units'
import { readNumber } from './parse-number'
import type { Cell, IssueCode, IssueParams } from './types'

export type FigureTarget = {
  /** The indicator's unit, if the catalog gives one. */
  unit?: Unit
  /** A level of it the catalog knows (2022's): the scale a plausible level has. */
  reference?: { value: number; unit: Unit }
}

export type Figure =
  | { kind: 'none' }
  | { kind: 'growth'; value: number }
  | { kind: 'value'; value: number; unit?: CellUnit; assumed: boolean }
  | { kind: 'invalid'; code: IssueCode; params: IssueParams }

const PLAUSIBLE_RATIO = 100

function implausible(value: number, unit: CellUnit, target: FigureTarget): boolean {
  const ref = target.reference
  const refUnit = ref ? cellUnitOf(ref.unit) : undefined
  if (!ref || !refUnit || ref.value === 0 || value === 0) return false
  const inRef = convertUnit(value, unit, refUnit)
  if (inRef === undefined) return false
  const ratio = Math.abs(inRef / ref.value)
  return ratio > PLAUSIBLE_RATIO || ratio < 1 / PLAUSIBLE_RATIO
}

export function readFigure(
  cell: Cell,
  m: MeasureColumn,
  rowUnit: string,
  target: FigureTarget | undefined,
  growthLimit: number,
): Figure {
  const parsed = readNumber(cell)
  if (parsed.kind === 'empty') return { kind: 'none' }
  if (parsed.kind === 'invalid') return parsed
  if (m.measure === 'growth') {
    if (parsed.unit && parsed.unit !== '%') {
      return { kind: 'invalid', code: 'unit-mismatch', params: { unit: parsed.unit, expected: '%' } }
    }
    if (Math.abs(parsed.value) > growthLimit) {
      return {
        kind: 'invalid',
        code: 'implausible-growth',
        params: { value: parsed.value, limit: growthLimit },
      }
    }
    return { kind: 'growth', value: parsed.value }
  }
  const expected = target?.unit ? cellUnitOf(target.unit) : undefined
  const fits = (u: CellUnit | undefined) => (u && (!expected || convertible(u, expected)) ? u : undefined)
  // The cell's own unit is the user's word for this very figure: a mismatch there is an error.
  if (parsed.unit && expected && !convertible(parsed.unit, expected)) {
    return { kind: 'invalid', code: 'unit-mismatch', params: { unit: parsed.unit, expected } }
  }
  const written = parsed.unit ?? fits(m.unit) ?? fits(isCellUnit(rowUnit) ? rowUnit : undefined)
  if (!written && rowUnit !== '' && expected) {
    return { kind: 'invalid', code: 'unit-mismatch', params: { unit: rowUnit, expected } }
  }
  const unit = expected ?? written
  const value = expected && written ? (convertUnit(parsed.value, written, expected) as number) : parsed.value
  if (unit && target && implausible(value, unit, target)) {
    const ref = target.reference
    return {
      kind: 'invalid',
      code: 'implausible-value',
      params: { value, unit, reference: ref?.value ?? 0, referenceUnit: ref?.unit ?? '' },
    }
  }
  const out: Figure = { kind: 'value', value, assumed: Boolean(expected && !written) }
  if (unit) out.unit = unit
  return out
}
