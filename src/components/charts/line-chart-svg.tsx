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
import { colorOf, DASH, type LineChartProps, LineLegend, type Row } from './line-legend'
import { useChartMetrics } from './sizes'
import { useAnimateOnce } from './use-animate-once'

/** The lines themselves (Recharts): loaded on demand by ./line-chart.tsx, which also renders them. */
export function LineChartSvg<T extends Row>({
  data,
  index,
  series,
  references = [],
  valueFormatter,
  height = 280,
}: LineChartProps<T>) {
  const metrics = useChartMetrics()
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
      <LineLegend series={series} references={references} />
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
