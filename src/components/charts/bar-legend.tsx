import { axisLayout } from './axis-layout'
import { LegendItem, LegendList } from './legend-list'
import { Swatch } from './patterns'
import type { ChartMetrics } from './sizes'
import type { BarCategory } from './tokens'

// What the bar chart's stand-in (./bar-chart.tsx) and its drawing (./bar-chart-svg.tsx) share: the
// props, the geometry (so both take the same height) and the legend.

export type Row = Record<string, unknown>

export type BarChartProps<T extends Row> = {
  data: T[]
  /** The field naming each group (shown on the category axis). */
  index: keyof T & string
  categories: BarCategory[]
  valueFormatter: (value: number) => string
  /** A bar click; the same choice is offered to the keyboard as a list of toggle buttons. */
  onBarClick?: (row: T, categoryKey: string) => void
  /** Name of that list of buttons (e.g. "按领域筛选"); a generic one when omitted. */
  selectLabel?: string
  /** The `index` value of the highlighted group; the others are dimmed. */
  activeKey?: string
  /** Several highlighted groups (`index` values), e.g. the chosen values of a multi-select filter. */
  activeKeys?: readonly string[]
  /**
   * A value every bar is read against (time elapsed for a completion rate): a dashed line across the
   * bars, named in the legend; the value axis always reaches it.
   */
  reference?: { value: number; label: string }
}

/** The bars' geometry from what they draw (the same for the stand-in and the chart): one row per group. */
export function barGeometry<T extends Row>(props: BarChartProps<T>, metrics: ChartMetrics) {
  const { data, index, categories, valueFormatter } = props
  const groupOf = (row: T) => String(row[index])
  const format = (v: unknown) => (typeof v === 'number' ? valueFormatter(v) : '')
  const labelOf = (row: T, c: BarCategory) =>
    c.labelKey ? String(row[c.labelKey] ?? '') : format(row[c.key])
  const axis = axisLayout(
    data.map(groupOf),
    data.flatMap((row) => categories.map((c) => labelOf(row, c))),
    categories.length,
    metrics,
  )
  return { groupOf, format, labelOf, axis, height: axis.height }
}

/** The series' names and swatches (and the reference line's), above the bars. */
export function BarLegend({
  uid,
  categories,
  reference,
}: {
  uid: string
  categories: BarCategory[]
  reference?: { label: string } | undefined
}) {
  return (
    <LegendList>
      {categories.map((c) => (
        <LegendItem key={c.key} mark={<Swatch uid={uid} category={c} />}>
          {c.label}
        </LegendItem>
      ))}
      {reference && (
        <LegendItem
          data-reference-legend
          mark={
            <svg width="18" height="12" aria-hidden="true">
              <line x1="9" x2="9" y1="0" y2="12" stroke="var(--fg)" strokeWidth="2" strokeDasharray="3 2" />
            </svg>
          }
        >
          {reference.label}
        </LegendItem>
      )}
    </LegendList>
  )
}
