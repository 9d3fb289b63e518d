import { useId } from 'react'
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
import { axisLayout } from './axis-layout'
import { type BarChoice, BarSelect } from './bar-select'
import { chartMessages } from './i18n'
import { PatternDefs, patternFill, Swatch } from './patterns'
import { type ChartMetrics, useChartMetrics, useChartSize } from './sizes'

const LEGEND = { screen: 'text-sm', slide: 'text-slide-small', print: 'text-xs' } as const

import { type BarCategory, safeId } from './tokens'

export type { BarCategory } from './tokens'

import { useAnimateOnce } from './use-animate-once'

type Row = Record<string, unknown>

type Props<T extends Row> = {
  data: T[]
  /** The field naming each group (shown on the category axis). */
  index: keyof T & string
  categories: BarCategory[]
  /** 'horizontal': upright columns, groups along x. 'vertical': bars grow rightwards, groups down y. */
  layout?: 'horizontal' | 'vertical'
  valueFormatter: (value: number) => string
  /** A bar click; the same choice is offered to the keyboard as a list of toggle buttons. */
  onBarClick?: (row: T, categoryKey: string) => void
  /** Name of that list of buttons (e.g. "按领域筛选"); a generic one when omitted. */
  selectLabel?: string
  /** The `index` value of the highlighted group; the others are dimmed. */
  activeKey?: string
  /** Several highlighted groups (`index` values), e.g. the chosen values of a multi-select filter. */
  activeKeys?: readonly string[]
  /** Height of the upright ('horizontal') layout, px; the vertical layout sizes itself from its rows. */
  height?: number
  /**
   * A value every bar is read against (time elapsed for a completion rate): a dashed line across the
   * bars, named in the legend; the value axis always reaches it.
   */
  reference?: { value: number; label: string }
}

/**
 * One grouped bar chart, flat props in, Recharts inside. Every bar carries its value as a label, so
 * nothing is only in a hover tooltip; series differ by colour token and pattern.
 */
export function BarChart<T extends Row>({
  data,
  index,
  categories,
  layout = 'horizontal',
  valueFormatter,
  onBarClick,
  selectLabel,
  activeKey,
  activeKeys,
  height = 300,
  reference,
}: Props<T>) {
  const { t, lang } = useT(chartMessages)
  const metrics = useChartMetrics()
  const size = useChartSize()
  const uid = safeId(useId())
  const { animate, onAnimationEnd } = useAnimateOnce()
  const vertical = layout === 'vertical'
  const groupOf = (row: T) => String(row[index])
  const format = (v: unknown) => (typeof v === 'number' ? valueFormatter(v) : '')
  const labelOf = (row: T, c: BarCategory) =>
    c.labelKey ? String(row[c.labelKey] ?? '') : format(row[c.key])
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
  const axis = vertical
    ? axisLayout(
        data.map(groupOf),
        data.flatMap((row) => categories.map((c) => labelOf(row, c))),
        categories.length,
        metrics,
      )
    : null
  const tick = { fill: 'var(--fg)', fontSize: metrics.font }
  // On a slide, horizontal bars take the height the slide gives them (thicker bars, no empty band
  // under the chart); elsewhere the chart is as tall as its rows need.
  const fill = size === 'slide' && vertical

  return (
    <div className={fill ? 'flex min-h-0 flex-1 flex-col gap-1' : 'flex flex-col gap-1'}>
      <ul
        aria-label={t('legend')}
        className={`flex flex-wrap gap-x-4 gap-y-1 ${LEGEND[size]}`}
        data-chart-legend
      >
        {categories.map((c) => (
          <li key={c.key} className="flex items-center gap-1.5">
            <Swatch uid={uid} category={c} />
            {c.label}
          </li>
        ))}
        {reference && (
          <li className="flex items-center gap-1.5" data-reference-legend>
            <svg width="18" height="12" aria-hidden="true">
              <line x1="9" x2="9" y1="0" y2="12" stroke="var(--fg)" strokeWidth="2" strokeDasharray="3 2" />
            </svg>
            {reference.label}
          </li>
        )}
      </ul>
      <ResponsiveContainer
        width="100%"
        height={fill ? '100%' : (axis?.height ?? height)}
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
