import { textWidth, widestLabel } from './measure'
import type { ChartMetrics } from './sizes'

// The geometry of a horizontal-bar chart worked out from what it draws: the category labels' width
// (wrapped onto two lines past a limit), the widest value label after a bar, and one row per category
// tall enough for its bars and its label. Pure: given the labels and metrics, the same numbers.

/** The widest a category label may be before it wraps: a share of a typical chart width. */
const MAX_LABEL_EM = 16

export type AxisLayout = {
  /** Width of the category axis, px. */
  indexWidth: number
  /** Right margin, for the value label drawn after the longest bar, px. */
  valueRoom: number
  /** The chart's height, px. */
  height: number
  /** Each category label as the lines it is drawn in. */
  lines: Map<string, string[]>
}

/** Breaks a label into at most two lines no wider than `max` px (at spaces, or between CJK characters). */
export function wrapLabel(label: string, max: number, font: number): string[] {
  if (textWidth(label, font) <= max) return [label]
  const words = /\s/.test(label) ? label.split(/(?<=\s)/) : [...label]
  let first = ''
  let i = 0
  for (; i < words.length; i++) {
    const next = first + (words[i] ?? '')
    if (first && textWidth(next.trimEnd(), font) > max) break
    first = next
  }
  let rest = words.slice(i).join('').trim()
  if (textWidth(rest, font) > max) {
    const chars = [...rest]
    while (chars.length && textWidth(`${chars.join('')}…`, font) > max) chars.pop()
    rest = `${chars.join('').trimEnd()}…`
  }
  return rest ? [first.trimEnd(), rest] : [first.trimEnd()]
}

export function axisLayout(
  labels: readonly string[],
  values: readonly string[],
  seriesCount: number,
  m: ChartMetrics,
): AxisLayout {
  const max = m.font * MAX_LABEL_EM
  const lines = new Map(labels.map((l) => [l, wrapLabel(l, max, m.font)]))
  const widest = Math.max(0, ...[...lines.values()].flat().map((l) => textWidth(l, m.font)))
  const twoLines = [...lines.values()].some((l) => l.length > 1)
  const labelHeight = (twoLines ? 2 : 1) * m.font * 1.25
  const row = Math.max(seriesCount * m.bar, labelHeight) + m.gap
  return {
    indexWidth: Math.min(max, widest) + Math.round(m.font * 0.8),
    valueRoom: widestLabel(values, m.font) + Math.round(m.font * 0.8),
    height: Math.round(labels.length * row + m.chrome),
    lines,
  }
}
