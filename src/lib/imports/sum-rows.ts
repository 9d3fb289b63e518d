// Rows that add up others without saying so: a total at the bottom with no 合计 label, or a group's
// subtotal on the first row under its heading. Counting one would double the county's investment, so
// an unnumbered row whose amounts all equal the sum of a block of rows above (or below) it is not a
// project. The block includes rejected rows whose amounts were read: the file's own total counts them.

export type SumEntry = {
  /** 1-based sheet row. */
  row: number
  /** The row's amounts in one unit, one slot per amount column (undefined: blank). */
  amounts: (number | undefined)[]
  /** Per amount column: a figure was written but could not be read (约500), so no sum over it is known. */
  unknown: boolean[]
  /** May be a sum row: no 序号 number, and nothing but its name (if that) is wrong with it. */
  candidate: boolean
  /** Rows between two section or total rows share a segment. */
  segment: number
}

export type SumFinding = { from: number; to: number }

type Block = { sums: number[]; unknown: boolean[]; count: number; first: number; last: number }

function empty(width: number): Block {
  return {
    sums: new Array(width).fill(0),
    unknown: new Array(width).fill(false),
    count: 0,
    first: 0,
    last: 0,
  }
}

function add(block: Block, e: SumEntry): void {
  for (let i = 0; i < block.sums.length; i++) {
    block.sums[i] = (block.sums[i] ?? 0) + (e.amounts[i] ?? 0)
    if (e.unknown[i]) block.unknown[i] = true
  }
  // Blocks grow downwards, and upwards for the rows under a subtotal: keep the span either way.
  block.first = block.count === 0 ? e.row : Math.min(block.first, e.row)
  block.last = block.count === 0 ? e.row : Math.max(block.last, e.row)
  block.count++
}

function close(a: number, b: number): boolean {
  // Totals typed by hand round to the figures shown: 0.01 (of 万元, 100 元) is as close as they get.
  return Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 1e-9)
}

/**
 * Does the row equal the block's sums? Every amount both know must match, at least `minFields` of
 * them, and not all zero (a row of zeros equals any block of zeros).
 */
function equals(e: SumEntry, block: Block, minFields: number, minBlock: number): boolean {
  if (block.count < minBlock) return false
  let matched = 0
  let nonZero = false
  for (let i = 0; i < e.amounts.length; i++) {
    const v = e.amounts[i]
    if (v === undefined || block.unknown[i]) continue
    if (!close(v, block.sums[i] ?? 0)) return false
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
  const width = amountColumns
  const minFields = Math.min(2, Math.max(1, width))
  const minBlock = width >= 2 ? 2 : 3
  // Sums of the rows after each one within its segment, for a subtotal written above its block.
  const after = new Array<Block>(entries.length)
  let block = empty(width)
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i] as SumEntry
    if (i === entries.length - 1 || entries[i + 1]?.segment !== e.segment) block = empty(width)
    after[i] = { ...block, sums: [...block.sums], unknown: [...block.unknown] }
    add(block, e)
  }
  let segment = empty(width)
  const all = empty(width)
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as SumEntry
    const firstInSegment = i === 0 || entries[i - 1]?.segment !== e.segment
    if (firstInSegment) segment = empty(width)
    if (e.candidate) {
      const below = after[i] as Block
      const match = equals(e, segment, minFields, minBlock)
        ? segment
        : all.count > segment.count && equals(e, all, minFields, minBlock)
          ? all
          : firstInSegment && equals(e, below, minFields, minBlock)
            ? below
            : undefined
      if (match) {
        found.set(e.row, { from: match.first, to: match.last })
        continue
      }
    }
    add(segment, e)
    add(all, e)
  }
  return found
}
