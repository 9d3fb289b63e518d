// Rows that add up others without saying so: a total at the bottom with no 合计 label, or a group's
// subtotal on the first row under its heading. Counting one would double the county's investment, so
// an unnumbered row whose amounts all equal the sum of a block of project rows is not a project.

export type SumEntry = {
  /** 1-based sheet row. */
  row: number
  /** The row's amounts in one unit, one slot per amount column (undefined: blank). */
  amounts: (number | undefined)[]
  /** May be a sum row: no 序号 number, and nothing but its name (if that) is wrong with it. */
  candidate: boolean
  /** An accepted project row: counts in the sums. */
  member: boolean
  /** Rows between two section or total rows share a segment. */
  segment: number
}

export type SumFinding = { from: number; to: number }

function close(a: number, b: number): boolean {
  // Totals typed by hand round to the figures shown: 0.01 (of 万元, 100 元) is as close as they get.
  return Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 1e-9)
}

/**
 * Does the row equal the block's sums? Every amount it has must match, at least `minFields` of them,
 * and not all zero (a row of zeros equals any block of zeros).
 */
function equals(amounts: (number | undefined)[], sums: number[], minFields: number): boolean {
  let matched = 0
  let nonZero = false
  for (let i = 0; i < amounts.length; i++) {
    const v = amounts[i]
    if (v === undefined) continue
    if (!close(v, sums[i] ?? 0)) return false
    matched++
    if (v !== 0) nonZero = true
  }
  return nonZero && matched >= minFields
}

/**
 * The sum rows among the entries (in sheet order), each with the rows it sums. With two or more amount
 * columns two must match; with one, the block must have three rows at least, since one figure equal
 * to the sum of two others happens by chance (2000 + 3000 = 5000).
 */
export function findSumRows(entries: SumEntry[], amountColumns: number): Map<number, SumFinding> {
  const found = new Map<number, SumFinding>()
  const minFields = Math.min(2, Math.max(1, amountColumns))
  const minBlock = amountColumns >= 2 ? 2 : 3
  const width = amountColumns
  const zero = () => new Array<number>(width).fill(0)
  const add = (sums: number[], amounts: (number | undefined)[]) => {
    for (let i = 0; i < width; i++) sums[i] = (sums[i] ?? 0) + (amounts[i] ?? 0)
  }
  // Suffix sums per segment, for a subtotal written above its block.
  const below = new Map<number, { sums: number[]; count: number; last: number }>()
  let seg = Number.NaN
  let acc = { sums: zero(), count: 0, last: 0 }
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i] as SumEntry
    if (e.segment !== seg) {
      seg = e.segment
      acc = { sums: zero(), count: 0, last: e.row }
    }
    below.set(i, { sums: [...acc.sums], count: acc.count, last: acc.last })
    if (e.member) {
      add(acc.sums, e.amounts)
      acc.count++
    }
  }
  let segSums = zero()
  let segCount = 0
  let segFirst = 0
  const allSums = zero()
  let allCount = 0
  let allFirst = 0
  let prevSeg = Number.NaN
  let prevRow = 0
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as SumEntry
    const firstInSegment = e.segment !== prevSeg
    if (firstInSegment) {
      prevSeg = e.segment
      segSums = zero()
      segCount = 0
    }
    if (e.candidate) {
      const after = below.get(i)
      if (segCount >= minBlock && equals(e.amounts, segSums, minFields)) {
        found.set(e.row, { from: segFirst, to: prevRow })
        continue
      }
      if (allCount > segCount && allCount >= minBlock && equals(e.amounts, allSums, minFields)) {
        found.set(e.row, { from: allFirst, to: prevRow })
        continue
      }
      if (firstInSegment && after && after.count >= minBlock && equals(e.amounts, after.sums, minFields)) {
        found.set(e.row, { from: e.row + 1, to: after.last })
        continue
      }
    }
    if (e.member) {
      if (segCount === 0) segFirst = e.row
      if (allCount === 0) allFirst = e.row
      add(segSums, e.amounts)
      add(allSums, e.amounts)
      segCount++
      allCount++
      prevRow = e.row
    }
  }
  return found
}
