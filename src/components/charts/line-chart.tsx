import {
  CartesianGrid,
  LabelList,
  Line,
  LineChart as RechartsLineChart,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts'
import { useT } from '@/lib/i18n'
import { chartMessages } from './i18n'
import { useChartMetrics, useChartSize } from './sizes'
import type { ChartColor } from './tokens'
import { useAnimateOnce } from './use-animate-once'

const LEGEND = { screen: 'text-sm', slide: 'text-slide-small', print: 'text-xs' } as const

export type LineStroke = 'solid' | 'dashed' | 'dotted'
const DASH: Record<LineStroke, string | undefined> = { solid: undefined, dashed: '8 5', dotted: '2 4' }

/** A measured series: a line through its points, each point labelled with its value. */
export type LineSeries = { key: string; label: string; color: ChartColor; stroke?: LineStroke }
/** A constant to compare against (a target, last year's rate): a horizontal line, differing by dash. */
export type LineReference = { value: number; label: string; color: ChartColor | 'fg'; stroke: LineStroke }

type Row = Record<string, unknown>

type Props<T extends Row> = {
  data: T[]
  /** The field naming each point on the category axis (1–3月 …). */
  index: keyof T & string
  series: LineSeries[]
  references?: LineReference[]
  valueFormatter: (value: number) => string
  height?: number
}

const colorOf = (c: ChartColor | 'fg') => `var(--${c})`

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

/**
 * One line chart, flat props in, Recharts inside: measured series as lines with every point labelled
 * (nothing only in a hover tooltip), and reference values (a target, last year's rate) as horizontal
 * lines that differ by dash as well as colour. The value axis always shows the references.
 */
export function LineChart<T extends Row>({
  data,
  index,
  series,
  references = [],
  valueFormatter,
  height = 280,
}: Props<T>) {
  const { t } = useT(chartMessages)
  const metrics = useChartMetrics()
  const size = useChartSize()
  const { animate, onAnimationEnd } = useAnimateOnce()
  const values = [
    ...data.flatMap((row) => series.map((s) => row[s.key]).filter((v): v is number => typeof v === 'number')),
    ...references.map((r) => r.value),
  ]
  const lo = Math.min(0, ...values)
  const hi = Math.max(0, ...values)
  const pad = (hi - lo) * 0.12 || 1
  const domain: [number, number] = [Math.floor(lo - (lo < 0 ? pad : 0)), Math.ceil(hi + pad)]
  const tick = { fill: 'var(--fg)', fontSize: metrics.font }
  const format = (v: unknown) => (typeof v === 'number' ? valueFormatter(v) : '')
  return (
    <div className="flex flex-col gap-1">
      <ul
        aria-label={t('legend')}
        className={`flex flex-wrap gap-x-4 gap-y-1 ${LEGEND[size]}`}
        data-chart-legend
      >
        {series.map((s) => (
          <li key={s.key} className="flex items-center gap-1.5">
            <Swatch color={s.color} stroke={s.stroke ?? 'solid'} />
            {s.label}
          </li>
        ))}
        {references.map((r) => (
          <li key={r.label} className="flex items-center gap-1.5">
            <Swatch color={r.color} stroke={r.stroke} />
            {r.label}
          </li>
        ))}
      </ul>
      <ResponsiveContainer width="100%" height={height}>
        <RechartsLineChart data={data} margin={{ top: metrics.font + 8, right: 24, bottom: 4, left: 4 }}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey={(row: T) => String(row[index])} tick={tick} stroke="var(--muted)" interval={0} />
          <YAxis tick={tick} tickFormatter={format} stroke="var(--muted)" domain={domain} />
          {references.map((r) => (
            <ReferenceLine
              key={r.label}
              y={r.value}
              stroke={colorOf(r.color)}
              strokeWidth={2}
              strokeDasharray={DASH[r.stroke]}
              ifOverflow="extendDomain"
              data-reference={r.label}
            />
          ))}
          {series.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={colorOf(s.color)}
              strokeWidth={3}
              strokeDasharray={DASH[s.stroke ?? 'solid']}
              connectNulls
              isAnimationActive={animate}
              onAnimationEnd={onAnimationEnd}
              dot={(props: { cx?: number; cy?: number; index?: number }) => (
                <circle
                  key={`${s.key}-${String(props.index)}`}
                  cx={props.cx}
                  cy={props.cy}
                  r={metrics.font / 3}
                  fill={colorOf(s.color)}
                  stroke="var(--card)"
                  strokeWidth={2}
                  data-point={s.key}
                />
              )}
            >
              <LabelList
                dataKey={s.key}
                position="top"
                formatter={format}
                fill="var(--fg)"
                fontSize={metrics.font}
              />
            </Line>
          ))}
        </RechartsLineChart>
      </ResponsiveContainer>
    </div>
  )
}
