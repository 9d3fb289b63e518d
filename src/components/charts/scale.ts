// The arithmetic of a chart's axes, pure: a value axis's round ticks, the mapping of a value, or a
// category's band, to pixels, and how text sits on a tick. The chart drawers (./bar-chart-svg.tsx,
// ./line-chart-svg.tsx) place every bar, point, label and line with these, so a test can check the
// geometry without a browser.

/** Tick mark length on both axes, px. */
export const TICK = 6
/** The narrowest a plot may be, px, beside its axis labels: narrower, a chart shows its table. */
const MIN_PLOT = 48
// Text is placed by its baseline shifted by a share of its size, not by dominant-baseline, which some
// programs an exported SVG is pasted into (Office) ignore.
/** Centres a line of text on its y (as a share of the font size). */
export const CENTRAL_EM = 0.35
export const CENTRAL = `${CENTRAL_EM}em`
/** Hangs a line of text below its y. */
export const HANGING = '0.71em'

/** The number a row holds under `key` when it is a finite number (a missing or NaN one is no value). */
export function finiteAt(row: Record<string, unknown>, key: string): number | undefined {
  const v = row[key]
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined
}

/** The plot's box inside a chart's SVG, px. */
export type Plot = { left: number; right: number; top: number; bottom: number }

/** Whether a plot leaves room to draw in. */
export function roomy(plot: Plot): boolean {
  return plot.right - plot.left >= MIN_PLOT && plot.bottom > plot.top
}

/** The round steps a value axis uses, as multiples of a power of ten. */
const STEPS = [1, 2, 2.5, 5, 10]

/** The smallest round step (1, 2, 2.5 or 5 × 10ⁿ) at least `raw`. */
export function roundStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = STEPS.find((s) => s * power >= raw * (1 - 1e-9)) ?? 10
  return step * power
}

/** The ends an axis of one interval may stop at, as multiples of a power of ten. */
const ENDS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]

/** The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10ⁿ at least `v` (whole when `integers`). */
function roundEnd(v: number, integers: boolean): number {
  if (!(v > 0) || !Number.isFinite(v)) return 1
  const power = 10 ** Math.floor(Math.log10(v))
  const end =
    (ENDS.find((e) => e * power >= v * (1 - 1e-9) && (!integers || Number.isInteger(e * power))) ?? 10) *
    power
  return Number.parseFloat(end.toPrecision(12))
}

/** Drops the binary noise of repeated float steps (0.1 × 3 → 0.3, not 0.30000000000000004). */
const clean = (v: number) => Number.parseFloat(v.toPrecision(12))

export type ValueAxis = { lo: number; hi: number; ticks: number[] }

/** Ticks every `step` from the last multiple of it at or below `from` to the first at or above `to`. */
function ticksOf(from: number, to: number, step: number): number[] {
  const first = Math.floor(from / step + 1e-9)
  const last = Math.ceil(to / step - 1e-9)
  const ticks: number[] = []
  for (let i = first; i <= last; i++) ticks.push(clean(i * step))
  return ticks
}

export type AxisOptions = {
  /** The most intervals between ticks (default 5). */
  most?: number
  /** Whether ticks this far apart leave room for their labels (default: always). */
  fits?: (ticks: number[]) => boolean
  /** Whole numbers only (counts): no tick at 0.5. */
  integers?: boolean
}

/**
 * A value axis over [lo, hi] with round ticks (1, 2, 2.5 or 5 × 10ⁿ apart); the axis is widened to the
 * ticks that enclose the values, so every bar, point and reference line falls inside it. Of the steps
 * whose labels fit, the one that wastes the least of the axis wins (57.5 gets 0–60, not 0–100), then
 * the one nearest four intervals. A range of one value (all zeros) still gets an axis.
 */
export function valueAxis(lo: number, hi: number, options: AxisOptions = {}): ValueAxis {
  const { most = 5, fits = () => true, integers = false } = options
  // Nothing to scale (no finite value): an axis of 0–1, never a loop over an endless range.
  let from = Number.isFinite(lo) ? lo : 0
  let to = Number.isFinite(hi) ? hi : 0
  if (from > to) [from, to] = [to, from]
  if (from === to) {
    if (from === 0) to = 1
    else if (from > 0) from = 0
    else to = 0
  }
  const candidates: number[][] = []
  let step = roundStep((to - from) / Math.max(1, most))
  if (integers) step = Math.max(1, step)
  // Every round step from the finest allowed to the coarsest that still has a tick between the ends
  // (one interval; two when the values are on both sides of zero, which stays a tick).
  const fewest = from < 0 && to > 0 ? 3 : 2
  for (let guard = 0; guard < 20; guard++) {
    const ticks = ticksOf(from, to, step)
    // Counts step by whole numbers only (1, 2, 5, not 2.5).
    if (ticks.length - 1 <= most && (!integers || Number.isInteger(step))) candidates.push(ticks)
    if (ticks.length <= fewest) break
    step = roundStep(step * 1.0001)
  }
  if (!candidates.length) candidates.push(ticksOf(from, to, step))
  const span = (t: number[]) => (t[t.length - 1] ?? 0) - (t[0] ?? 0)
  let fitting = candidates.filter((t) => t.length > 2 && fits(t))
  // Room for two labels only (a narrow card): zero and a round end just past the values (0–6, not
  // 0–10), rather than a long empty stretch of axis.
  if (!fitting.length && (from === 0 || to === 0)) {
    const end = roundEnd(Math.abs(from === 0 ? to : from), integers)
    const pair = from === 0 ? [0, end] : [-end, 0]
    fitting = [pair, ...candidates.filter((t) => t.length <= 2)].filter(fits)
  }
  if (!fitting.length) fitting = candidates.filter(fits)
  // When no labels fit, the fewest ticks (of the tightest span): the least to overlap.
  const least = Math.min(...candidates.map((t) => t.length))
  const pool = fitting.length ? fitting : candidates.filter((t) => t.length === least)
  const best = pool.reduce((a, b) => {
    const d = span(a) - span(b)
    if (Math.abs(d) > 1e-9 * span(a)) return d < 0 ? a : b
    return Math.abs(b.length - 5) < Math.abs(a.length - 5) ? b : a
  })
  return { lo: best[0] ?? from, hi: best[best.length - 1] ?? to, ticks: best }
}

/** The pixel of `value` on an axis drawn from `start` px (at lo) to `end` px (at hi). */
export function linear(axis: Pick<ValueAxis, 'lo' | 'hi'>, start: number, end: number) {
  const span = axis.hi - axis.lo || 1
  return (value: number) => start + ((value - axis.lo) / span) * (end - start)
}

export type Band = { start: number; size: number; center: number }

/** `n` equal bands between `start` and `end` px, one per category, in order. */
export function bands(n: number, start: number, end: number): Band[] {
  const size = n > 0 ? (end - start) / n : 0
  return Array.from({ length: n }, (_, i) => ({
    start: start + i * size,
    size,
    center: start + (i + 0.5) * size,
  }))
}

/**
 * Where each of `series` bars sits inside a band: a gap of `gapShare` of the band before the first
 * and after the last, `barGap` px between neighbours. Returns each bar's offset into the band and the
 * common thickness, px.
 */
export function barSlots(
  band: number,
  series: number,
  gapShare = 0.18,
  barGap = 2,
): { offsets: number[]; thickness: number } {
  const room = band * (1 - 2 * gapShare) - (series - 1) * barGap
  const thickness = Math.max(1, room / Math.max(1, series))
  const offsets = Array.from({ length: series }, (_, i) => band * gapShare + i * (thickness + barGap))
  return { offsets, thickness }
}

/** React keys for categories by name, kept apart when two share one (a second "其他" gets "其他#2"). */
export function categoryKeys(names: readonly string[]): string[] {
  const used = new Set<string>()
  return names.map((name) => {
    let key = name
    for (let n = 2; used.has(key); n++) key = `${name}#${n}`
    used.add(key)
    return key
  })
}
