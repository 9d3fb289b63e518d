import type { CSSProperties } from 'react'
import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import { colon } from '@/lib/i18n/languages'
import { ChartAxis } from './axis'
import { type BarChartProps, BarLegend, barGeometry, type Row } from './bar-legend'
import { type BarChoice, BarSelect } from './bar-select'
import { chartMessages } from './i18n'
import { widestLabel } from './measure'
import { PatternDefs, patternFill } from './patterns'
import {
  bands,
  barSlots,
  CENTRAL,
  categoryKeys,
  finiteAt,
  linear,
  type Plot,
  roomy,
  TICK,
  valueAxis,
} from './scale'
import { useChartMetrics, useChartSize } from './sizes'
import { TooNarrow } from './too-narrow'
import { useAnimateOnce } from './use-animate-once'
import { useBoxSize } from './use-box-size'

// The bars themselves, plain SVG drawn by React (no charting library): loaded on demand by ./bar-chart.tsx.
// Groups run down the category axis, bars grow rightwards from zero, and every bar carries its value
// as a label after it (nothing only in a hover tooltip). The geometry is ./axis-layout.ts's (the
// stand-in takes the same height) and ./scale.ts's (ticks, bands).

/** A clickable bar with a value is never thinner than this, px: a tiny value stays a target. */
const MIN_CLICKABLE = 3

export function BarChartSvg<T extends Row>(props: BarChartProps<T> & { uid: string }) {
  const { data, categories, onBarClick, selectLabel, activeKey, activeKeys, uid } = props
  // A reference with no finite value is named in no legend and drawn nowhere.
  const reference = props.reference && Number.isFinite(props.reference.value) ? props.reference : undefined
  const { lang } = useT(chartMessages)
  const metrics = useChartMetrics()
  const size = useChartSize()
  const { animate, onAnimationEnd } = useAnimateOnce()
  const [box, measured] = useBoxSize<HTMLDivElement>()
  const { groupOf, format, labelOf, axis, height } = barGeometry(props, metrics)
  const active = activeKeys ?? (activeKey === undefined ? undefined : [activeKey])
  const isActive = (group: string) => active?.includes(group) ?? false
  const dimmed = (group: string) => active !== undefined && active.length > 0 && !isActive(group)
  const several = categories.length > 1
  const choices: BarChoice[] = onBarClick
    ? data.flatMap((row) =>
        categories.map((c) => ({
          id: `${groupOf(row)}/${c.key}`,
          text: `${groupOf(row)}${several ? ` · ${c.label}` : ''}${colon(lang)}${labelOf(row, c)}`,
          pressed: isActive(groupOf(row)),
          onSelect: () => onBarClick(row, c.key),
        })),
      )
    : []
  // On a slide the bars take the height the slide gives them (thicker bars, no empty band under the
  // chart); elsewhere the chart is as tall as its rows need.
  const fill = size === 'slide'
  const width = measured.width
  const h = fill ? measured.height : height

  const font = metrics.font
  const top = Math.round(font * 1.3)
  const plotLeft = 4 + axis.indexWidth
  const plotRight = width - axis.valueRoom
  const plotTop = top
  const plotBottom = h - 4 - (TICK + 4 + font)
  const plot: Plot = { left: plotLeft, right: plotRight, top: plotTop, bottom: plotBottom }
  const values = data.flatMap((row) =>
    categories.map((c) => finiteAt(row, c.key)).filter((v) => v !== undefined),
  )
  const lo = Math.min(0, ...values, reference?.value ?? 0)
  const hi = Math.max(0, ...values, reference?.value ?? 0)
  // Round ticks whose labels stand apart by at least one character; whole numbers for counts.
  const scale = valueAxis(lo, hi, {
    integers: values.every(Number.isInteger) && Number.isInteger(reference?.value ?? 0),
    fits: (ticks) =>
      widestLabel(ticks.map(format), font) + font <= (plotRight - plotLeft) / Math.max(1, ticks.length - 1),
  })
  const x = linear(scale, plotLeft, plotRight)
  const zero = x(0)
  const rows = bands(data.length, plotTop, plotBottom)
  const keys = categoryKeys(data.map(groupOf))
  const slots = barSlots(rows[0]?.size ?? 0, categories.length)
  const drawn = width > 0 && h > 0 && roomy(plot)

  return (
    <div className={fill ? 'flex min-h-0 flex-1 flex-col gap-1' : 'flex flex-col gap-1'}>
      <BarLegend uid={uid} categories={categories} reference={reference} />
      <div ref={box} className={fill ? 'min-h-0 flex-1' : undefined} style={fill ? undefined : { height }}>
        {width > 0 && !drawn && <TooNarrow />}
        {drawn && (
          <svg
            width={width}
            height={h}
            viewBox={`0 0 ${width} ${h}`}
            // Never wider than its box (printed on paper narrower than the screen it was drawn on).
            // The entrance is switched on and off here, not on each bar: once over, one write ends it.
            className={cx('chart-surface block h-auto max-w-full overflow-visible', animate && 'chart-grow')}
            style={animate ? ({ '--zero': `${zero}px` } as CSSProperties) : undefined}
            aria-hidden="true"
            onAnimationEnd={onAnimationEnd}
          >
            <PatternDefs uid={uid} categories={categories} />
            <g data-grid>
              {scale.ticks.map((t) => (
                <line key={t} x1={x(t)} x2={x(t)} y1={plotTop} y2={plotBottom} stroke="var(--border)" />
              ))}
            </g>
            <ChartAxis
              side="bottom"
              name="value"
              plot={plot}
              font={font}
              ticks={scale.ticks.map((t) => ({ key: String(t), at: x(t), lines: [format(t)] }))}
            />
            <ChartAxis
              side="left"
              name="category"
              plot={plot}
              font={font}
              ticks={data.map((row, i) => {
                const group = groupOf(row)
                const lines = axis.lines.get(group) ?? [group]
                // A label wrapped onto two lines keeps its whole name on hover.
                return {
                  key: keys[i] ?? group,
                  at: rows[i]?.center ?? 0,
                  lines,
                  title: lines.length > 1 ? group : undefined,
                }
              })}
            />
            {data.map((row, i) => {
              const group = groupOf(row)
              const band = rows[i]
              if (!band) return null
              const on = isActive(group)
              return (
                <g key={keys[i]} data-row={group}>
                  {categories.map((c, k) => {
                    const value = finiteAt(row, c.key) ?? 0
                    let from = Math.min(zero, x(value))
                    let length = Math.abs(x(value) - zero)
                    // A 0 draws no bar at all: its label says what it is (a count of 0, "amount not stated").
                    if (onBarClick && value && length < MIN_CLICKABLE) {
                      length = MIN_CLICKABLE
                      if (value < 0) from = zero - MIN_CLICKABLE
                    }
                    const y = band.start + (slots.offsets[k] ?? 0)
                    const patterned = c.pattern && c.pattern !== 'solid'
                    const label = labelOf(row, c)
                    return (
                      <g key={c.key}>
                        {length > 0 && (
                          // biome-ignore lint/a11y/noStaticElementInteractions: a mouse shortcut; the keyboard and screen readers have BarSelect's buttons for the same choice (the SVG is aria-hidden)
                          <rect
                            x={from}
                            y={y}
                            width={length}
                            height={slots.thickness}
                            fill={patternFill(uid, c)}
                            // Chosen bars differ by more than colour: the others fade, the chosen get an outline.
                            stroke={on ? 'var(--fg)' : patterned ? `var(--${c.color})` : undefined}
                            strokeWidth={on ? 2 : 1.5}
                            fillOpacity={dimmed(group) ? 0.35 : 1}
                            cursor={onBarClick ? 'pointer' : undefined}
                            data-clickable={onBarClick ? true : undefined}
                            onClick={onBarClick ? () => onBarClick(row, c.key) : undefined}
                            data-bar={c.key}
                            data-group={group}
                            data-selected={active ? on : undefined}
                          />
                        )}
                        {label && (
                          // After the bar's end; a negative bar's label starts at zero, clear of the axis labels.
                          <text
                            x={Math.max(zero, from + length) + 5}
                            y={y + slots.thickness / 2}
                            dy={CENTRAL}
                            fill="var(--fg)"
                            fontSize={font}
                            data-label={c.key}
                          >
                            {label}
                          </text>
                        )}
                      </g>
                    )
                  })}
                </g>
              )
            })}
            {reference && (
              <line
                x1={x(reference.value)}
                x2={x(reference.value)}
                y1={plotTop}
                y2={plotBottom}
                stroke="var(--fg)"
                strokeWidth={2}
                strokeDasharray="6 4"
                data-reference={reference.label}
              />
            )}
          </svg>
        )}
      </div>
      <BarSelect label={selectLabel} choices={choices} />
    </div>
  )
}
