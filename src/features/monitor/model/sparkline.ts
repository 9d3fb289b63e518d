// The small trend of each row: cumulative growth (or progress) month by month against its target and
// last year's rate, as SVG coordinates. Pure geometry; the component only draws the paths.
import type { BoardRow } from '@/lib/monitoring/board'

export type SparkLine = { kind: 'actual' | 'target' | 'reference'; points: [number, number][] }
export type Spark = { width: number; height: number; lines: SparkLine[]; dots: [number, number][] }

const W = 120
const H = 32
const PAD = 3

/** The lines of a row's trend, on a January–December axis scaled to the values it shows. */
export function sparkOf(row: BoardRow, width = W, height = H): Spark | null {
  if (row.trend.length === 0) return null
  const amount = row.target.kind === 'amount'
  const x = (month: number) => PAD + ((month - 1) / 11) * (width - 2 * PAD)
  // Growth: the target and last year's rate are constants; amounts: the time elapsed rises to 100%.
  const target = amount ? null : row.target.target.value
  const reference = amount ? null : (row.target.growth?.value ?? null)
  const values = [
    ...row.trend.map((p) => p.value),
    ...(target === null ? [] : [target]),
    ...(reference === null ? [] : [reference]),
    ...(amount ? [0, 100] : []),
  ]
  let lo = Math.min(...values)
  let hi = Math.max(...values)
  if (hi - lo < 1) {
    lo -= 0.5
    hi += 0.5
  }
  const y = (v: number) => PAD + (1 - (v - lo) / (hi - lo)) * (height - 2 * PAD)
  const r = (n: number) => Math.round(n * 10) / 10
  const pt = (month: number, v: number): [number, number] => [r(x(month)), r(y(v))]
  const actual = row.trend.map((p) => pt(p.month, p.value))
  const lines: SparkLine[] = []
  if (target !== null) lines.push({ kind: 'target', points: [pt(1, target), pt(12, target)] })
  if (reference !== null) lines.push({ kind: 'reference', points: [pt(1, reference), pt(12, reference)] })
  if (amount) lines.push({ kind: 'target', points: [pt(1, 100 / 12), pt(12, 100)] })
  lines.push({ kind: 'actual', points: actual })
  return { width, height, lines, dots: actual }
}
