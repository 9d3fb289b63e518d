import type { DerivedOp } from './schema'

/** Recompute a derived figure from its inputs' values, in the order the item lists them. */
export function computeDerived(op: DerivedOp, inputs: readonly number[]): number {
  const [first = Number.NaN, ...rest] = inputs
  const sumRest = rest.reduce((a, b) => a + b, 0)
  switch (op) {
    case 'sum':
      return first + sumRest
    case 'difference':
      return first - sumRest
    case 'share':
      return (sumRest / first) * 100
    case 'implied-level':
      return first * (1 + (rest[0] ?? Number.NaN) / 100)
  }
}

export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals
  return Math.round((value + Number.EPSILON) * f) / f
}
