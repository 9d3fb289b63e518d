import { CENTRAL_EM, HANGING, type Plot, TICK } from './scale'

/** One tick of an axis: where it is along the axis (px), and its label as the lines it is drawn in. */
export type AxisTick = { key: string; at: number; lines: string[]; title?: string | undefined }

/**
 * An axis of a chart's SVG along the plot's bottom or left edge: its line, a tick mark at each tick
 * and its label, below the axis (bottom) or right-aligned before it (left, on one or more lines
 * centred on the tick). `name` marks it for tests and exporters (data-axis="value" | "category").
 */
export function ChartAxis({
  side,
  name,
  plot,
  ticks,
  font,
}: {
  side: 'bottom' | 'left'
  name: 'value' | 'category'
  plot: Plot
  ticks: AxisTick[]
  font: number
}) {
  const bottom = side === 'bottom'
  const edge = bottom ? plot.bottom : plot.left
  const [from, to] = bottom ? [plot.left, plot.right] : [plot.top, plot.bottom]
  const lineHeight = font * 1.2
  return (
    <g data-axis={name} fill="var(--fg)" fontSize={font}>
      {bottom ? (
        <line x1={from} x2={to} y1={edge} y2={edge} stroke="var(--muted)" />
      ) : (
        <line x1={edge} x2={edge} y1={from} y2={to} stroke="var(--muted)" />
      )}
      {ticks.map((t) =>
        bottom ? (
          <g key={t.key}>
            <line x1={t.at} x2={t.at} y1={edge} y2={edge + TICK} stroke="var(--muted)" />
            <text x={t.at} y={edge + TICK + 2} dy={HANGING} textAnchor="middle">
              {t.title && <title>{t.title}</title>}
              {t.lines.join(' ')}
            </text>
          </g>
        ) : (
          <g key={t.key}>
            <line x1={edge - TICK} x2={edge} y1={t.at} y2={t.at} stroke="var(--muted)" />
            <text x={edge - TICK - 2} y={t.at} textAnchor="end">
              {t.title && <title>{t.title}</title>}
              {t.lines.map((line, j) => (
                <tspan
                  key={line}
                  x={edge - TICK - 2}
                  dy={j === 0 ? font * CENTRAL_EM - ((t.lines.length - 1) * lineHeight) / 2 : lineHeight}
                >
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        ),
      )}
    </g>
  )
}
