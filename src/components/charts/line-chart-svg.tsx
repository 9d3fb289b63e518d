import { cx } from '@/lib/cx'
import { ChartAxis } from './axis'
import { colorOf, DASH, type LineChartProps, LineLegend, type Row } from './line-legend'
import { widestLabel } from './measure'
import { bands, categoryKeys, finiteAt, linear, type Plot, roomy, TICK, valueAxis } from './scale'
import { useChartMetrics } from './sizes'
import { TooNarrow } from './too-narrow'
import { useAnimateOnce } from './use-animate-once'
import { useBoxSize } from './use-box-size'

// The lines themselves, plain SVG drawn by React (no charting library): loaded on demand by
// ./line-chart.tsx. One point per period at the middle of its band, every point labelled with its
// value; a gap in a series is bridged (the line goes on to the next measured period), and reference
// values are horizontal lines that the value axis always reaches.

export function LineChartSvg<T extends Row>({
  data,
  index,
  series,
  references: given = [],
  valueFormatter,
  height = 280,
}: LineChartProps<T>) {
  // A reference with no finite value is named in no legend and drawn nowhere.
  const references = given.filter((r) => Number.isFinite(r.value))
  const metrics = useChartMetrics()
  const { animate, onAnimationEnd } = useAnimateOnce()
  const [box, measured] = useBoxSize<HTMLDivElement>()
  const font = metrics.font
  const values = [
    ...data.flatMap((row) => series.map((s) => finiteAt(row, s.key)).filter((v) => v !== undefined)),
    ...references.map((r) => r.value),
  ]
  // Room above the highest value and below a negative lowest, for the labels over the points.
  const lo = Math.min(0, ...values)
  const hi = Math.max(0, ...values)
  const pad = (hi - lo) * 0.12 || 1
  const scale = valueAxis(lo - (lo < 0 ? pad : 0), hi + pad)
  const width = measured.width
  const tickLabels = scale.ticks.map((t) => valueFormatter(t))
  const axisWidth = widestLabel(tickLabels, font) + TICK + 6
  const plotLeft = 4 + axisWidth
  const plotRight = width - 24
  const plotTop = font + 8
  const plotBottom = height - 4 - (TICK + 4 + font)
  const plot: Plot = { left: plotLeft, right: plotRight, top: plotTop, bottom: plotBottom }
  const y = linear(scale, plotBottom, plotTop)
  const columns = bands(data.length, plotLeft, plotRight)
  const keys = categoryKeys(data.map((row) => String(row[index])))
  const drawn = width > 0 && roomy(plot)
  const dot = font / 3

  return (
    <div className="flex flex-col gap-1">
      <LineLegend series={series} references={references} />
      <div ref={box} style={{ height }}>
        {width > 0 && !drawn && <TooNarrow />}
        {drawn && (
          <svg
            width={width}
            height={height}
            viewBox={`0 0 ${width} ${height}`}
            className={cx('chart-surface block h-auto max-w-full', animate && 'chart-fade')}
            aria-hidden="true"
            onAnimationEnd={onAnimationEnd}
          >
            <g data-grid>
              {scale.ticks.map((t) => (
                <line key={t} x1={plotLeft} x2={plotRight} y1={y(t)} y2={y(t)} stroke="var(--border)" />
              ))}
            </g>
            <ChartAxis
              side="left"
              name="value"
              plot={plot}
              font={font}
              ticks={scale.ticks.map((t, i) => ({ key: String(t), at: y(t), lines: [tickLabels[i] ?? ''] }))}
            />
            <ChartAxis
              side="bottom"
              name="category"
              plot={plot}
              font={font}
              ticks={data.map((row, i) => ({
                key: keys[i] ?? String(i),
                at: columns[i]?.center ?? 0,
                lines: [String(row[index])],
              }))}
            />
            {references.map((r) => (
              <line
                key={r.label}
                x1={plotLeft}
                x2={plotRight}
                y1={y(r.value)}
                y2={y(r.value)}
                stroke={colorOf(r.color)}
                strokeWidth={2}
                strokeDasharray={DASH[r.stroke]}
                data-reference={r.label}
              />
            ))}
            {series.map((s) => {
              const points = data.flatMap((row, i) => {
                const v = finiteAt(row, s.key)
                const at = columns[i]?.center
                return v === undefined || at === undefined ? [] : [{ x: at, y: y(v), v, key: keys[i] }]
              })
              return (
                <g key={s.key} data-series={s.key}>
                  {points.length > 1 && (
                    <path
                      d={points.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join('')}
                      fill="none"
                      stroke={colorOf(s.color)}
                      strokeWidth={3}
                      strokeDasharray={DASH[s.stroke ?? 'solid']}
                      strokeLinejoin="round"
                    />
                  )}
                  {points.map((p) => (
                    <g key={p.key}>
                      <circle
                        cx={p.x}
                        cy={p.y}
                        r={dot}
                        fill={colorOf(s.color)}
                        stroke="var(--card)"
                        strokeWidth={2}
                        data-point={s.key}
                      />
                      <text
                        x={p.x}
                        y={p.y - dot - 4}
                        textAnchor="middle"
                        fill="var(--fg)"
                        fontSize={font}
                        data-label={s.key}
                      >
                        {valueFormatter(p.v)}
                      </text>
                    </g>
                  ))}
                </g>
              )
            })}
          </svg>
        )}
      </div>
    </div>
  )
}
