import { LegendItem, LegendList } from './legend-list'
import type { ChartColor } from './tokens'

// What the line chart's stand-in (./line-chart.tsx) and its drawing (./line-chart-svg.tsx) share: the
// props, the dash patterns and the legend.

export type LineStroke = 'solid' | 'dashed' | 'dotted'
export const DASH: Record<LineStroke, string | undefined> = { solid: undefined, dashed: '8 5', dotted: '2 4' }

/** A measured series: a line through its points, each point labelled with its value. */
export type LineSeries = { key: string; label: string; color: ChartColor; stroke?: LineStroke }
/** A constant to compare against (a target, last year's rate): a horizontal line, differing by dash. */
export type LineReference = { value: number; label: string; color: ChartColor | 'fg'; stroke: LineStroke }

export type Row = Record<string, unknown>

export type LineChartProps<T extends Row> = {
  data: T[]
  /** The field naming each point on the category axis (1–3月 …). */
  index: keyof T & string
  series: LineSeries[]
  references?: LineReference[]
  valueFormatter: (value: number) => string
  height?: number
}

export const colorOf = (c: ChartColor | 'fg') => `var(--${c})`

function Swatch({ color, stroke }: { color: ChartColor | 'fg'; stroke: LineStroke }) {
  return (
    <svg width="28" height="10" aria-hidden="true" className="shrink-0">
      <line
        x1="1"
        x2="27"
        y1="5"
        y2="5"
        stroke={colorOf(color)}
        strokeWidth="3"
        strokeDasharray={DASH[stroke]}
        strokeLinecap="round"
      />
    </svg>
  )
}

/** The series' and references' names, each with its line as drawn. */
export function LineLegend({ series, references }: { series: LineSeries[]; references: LineReference[] }) {
  return (
    <LegendList>
      {series.map((s) => (
        <LegendItem key={s.key} mark={<Swatch color={s.color} stroke={s.stroke ?? 'solid'} />}>
          {s.label}
        </LegendItem>
      ))}
      {references.map((r) => (
        <LegendItem key={r.label} mark={<Swatch color={r.color} stroke={r.stroke} />}>
          {r.label}
        </LegendItem>
      ))}
    </LegendList>
  )
}
