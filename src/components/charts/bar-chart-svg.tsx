import {
  Bar,
  CartesianGrid,
  LabelList,
  BarChart as RechartsBarChart,
  Rectangle,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts'
import { useT } from '@/lib/i18n'
import { colon } from '@/lib/i18n/languages'
import { type BarChartProps, BarLegend, barGeometry, type Row } from './bar-legend'
import { type BarChoice, BarSelect } from './bar-select'
import { chartMessages } from './i18n'
import { PatternDefs, patternFill } from './patterns'
import { type ChartMetrics, useChartMetrics, useChartSize } from './sizes'
import { useAnimateOnce } from './use-animate-once'

/** The bars themselves (Recharts): loaded on demand by ./bar-chart.tsx, which also renders them. */
export function BarChartSvg<T extends Row>(props: BarChartProps<T> & { uid: string }) {
  const {
    data,
    categories,
    layout = 'horizontal',
    onBarClick,
    selectLabel,
    activeKey,
    activeKeys,
    reference,
    uid,
  } = props
  const { lang } = useT(chartMessages)
  const metrics = useChartMetrics()
  const size = useChartSize()
  const { animate, onAnimationEnd } = useAnimateOnce()
  const vertical = layout === 'vertical'
  const { groupOf, format, labelOf, axis, height } = barGeometry(props, metrics)
  const index = props.index
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
  const tick = { fill: 'var(--fg)', fontSize: metrics.font }
  // On a slide, horizontal bars take the height the slide gives them (thicker bars, no empty band
  // under the chart); elsewhere the chart is as tall as its rows need.
  const fill = size === 'slide' && vertical

  return (
    <div className={fill ? 'flex min-h-0 flex-1 flex-col gap-1' : 'flex flex-col gap-1'}>
      <BarLegend uid={uid} categories={categories} reference={reference} />
      <ResponsiveContainer
        width="100%"
        height={fill ? '100%' : height}
        className={fill ? 'min-h-0 flex-1' : undefined}
      >
        <RechartsBarChart
          data={data}
          layout={vertical ? 'vertical' : 'horizontal'}
          margin={{ top: Math.round(metrics.font * 1.3), right: axis?.valueRoom ?? 8, bottom: 4, left: 4 }}
          barCategoryGap="18%"
          barGap={2}
        >
          <PatternDefs uid={uid} categories={categories} />
          <CartesianGrid stroke="var(--border)" horizontal={!vertical} vertical={vertical} />
          {vertical ? (
            <>
              <XAxis type="number" tick={tick} tickFormatter={format} stroke="var(--muted)" />
              <YAxis
                type="category"
                dataKey={groupOf}
                width={axis?.indexWidth}
                tick={(props: CategoryTickProps) => (
                  <CategoryTick {...props} lines={axis?.lines} metrics={metrics} />
                )}
                stroke="var(--muted)"
                interval={0}
              />
            </>
          ) : (
            <>
              <XAxis dataKey={groupOf} tick={tick} stroke="var(--muted)" interval={0} />
              <YAxis tick={tick} tickFormatter={format} stroke="var(--muted)" />
            </>
          )}
          {reference && (
            <ReferenceLine
              {...(vertical ? { x: reference.value } : { y: reference.value })}
              stroke="var(--fg)"
              strokeWidth={2}
              strokeDasharray="6 4"
              ifOverflow="extendDomain"
              data-reference={reference.label}
            />
          )}
          {categories.map((c) => (
            <Bar
              key={c.key}
              dataKey={c.key}
              name={c.label}
              fill={patternFill(uid, c)}
              stroke={c.pattern && c.pattern !== 'solid' ? `var(--${c.color})` : undefined}
              strokeWidth={1.5}
              isAnimationActive={animate}
              onAnimationEnd={onAnimationEnd}
              cursor={onBarClick ? 'pointer' : undefined}
              // A clickable bar never shrinks to nothing: a tiny value must stay a target. A 0 draws no
              // bar at all: its label says what it is (a count of 0, "amount not stated").
              minPointSize={(value) => (onBarClick && value ? 3 : 0)}
              onClick={onBarClick ? (_bar, i) => data[i] && onBarClick(data[i], c.key) : undefined}
              shape={(props) => {
                const group = String(props.payload?.[index])
                const on = isActive(group)
                // Chosen bars differ by more than colour: the others fade and the chosen get an outline.
                return (
                  <Rectangle
                    {...props}
                    data-bar={c.key}
                    data-group={group}
                    data-selected={active ? on : undefined}
                    fillOpacity={dimmed(group) ? 0.35 : 1}
                    {...(on ? { stroke: 'var(--fg)', strokeWidth: 2 } : {})}
                  />
                )
              }}
            >
              <LabelList
                dataKey={c.labelKey ?? c.key}
                position={vertical ? 'right' : 'top'}
                formatter={c.labelKey ? undefined : format}
                fill="var(--fg)"
                fontSize={metrics.font}
              />
            </Bar>
          ))}
        </RechartsBarChart>
      </ResponsiveContainer>
      <BarSelect label={selectLabel} choices={choices} />
    </div>
  )
}

type CategoryTickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown } }

/** A category label drawn on one or two lines (./axis-layout.ts wraps it), right-aligned to the axis. */
function CategoryTick({
  x,
  y,
  payload,
  lines,
  metrics,
}: CategoryTickProps & { lines: Map<string, string[]> | undefined; metrics: ChartMetrics }) {
  const label = String(payload?.value ?? '')
  const drawn = lines?.get(label) ?? [label]
  const lineHeight = metrics.font * 1.2
  const first = -((drawn.length - 1) * lineHeight) / 2
  return (
    <text
      x={Number(x) - 6}
      y={Number(y)}
      textAnchor="end"
      dominantBaseline="central"
      fill="var(--fg)"
      fontSize={metrics.font}
    >
      {drawn.length > 1 && <title>{label}</title>}
      {drawn.map((line, i) => (
        <tspan key={line} x={Number(x) - 6} dy={i === 0 ? first : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  )
}
