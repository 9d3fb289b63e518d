import { useId } from 'react'
import {
  Bar,
  CartesianGrid,
  LabelList,
  BarChart as RechartsBarChart,
  Rectangle,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts'
import { useT } from '@/lib/i18n'
import { type BarChoice, BarSelect } from './bar-select'
import { chartMessages } from './i18n'
import { PatternDefs, patternFill, Swatch } from './patterns'
import type { ChartColor, ChartPattern } from './tokens'
import { safeId } from './tokens'
import { useAnimateOnce } from './use-animate-once'

export type BarCategory<K extends string = string> = {
  key: K
  label: string
  color: ChartColor
  /** Fill pattern, so the series differs by more than colour. */
  pattern?: ChartPattern
}

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
  height?: number
  /** Room for the group labels in the vertical layout, px. */
  indexWidth?: number
}

const AXIS_TICK = { fill: 'var(--fg)', fontSize: 12 }

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
  indexWidth = 160,
}: Props<T>) {
  const { t } = useT(chartMessages)
  const uid = safeId(useId())
  const { animate, onAnimationEnd } = useAnimateOnce()
  const vertical = layout === 'vertical'
  const groupOf = (row: T) => String(row[index])
  const format = (v: unknown) => (typeof v === 'number' ? valueFormatter(v) : '')
  const active = activeKeys ?? (activeKey === undefined ? undefined : [activeKey])
  const isActive = (group: string) => active?.includes(group) ?? false
  const dimmed = (group: string) => active !== undefined && active.length > 0 && !isActive(group)
  const several = categories.length > 1
  const choices: BarChoice[] = onBarClick
    ? data.flatMap((row) =>
        categories.map((c) => ({
          id: `${groupOf(row)}/${c.key}`,
          text: `${groupOf(row)}${several ? ` · ${c.label}` : ''}: ${format(row[c.key])}`,
          pressed: isActive(groupOf(row)),
          onSelect: () => onBarClick(row, c.key),
        })),
      )
    : []

  return (
    <div className="flex flex-col gap-1">
      <ul aria-label={t('legend')} className="flex flex-wrap gap-x-4 gap-y-1 text-sm" data-chart-legend>
        {categories.map((c) => (
          <li key={c.key} className="flex items-center gap-1.5">
            <Swatch uid={uid} category={c} />
            {c.label}
          </li>
        ))}
      </ul>
      <ResponsiveContainer width="100%" height={height}>
        <RechartsBarChart
          data={data}
          layout={vertical ? 'vertical' : 'horizontal'}
          margin={{ top: 16, right: vertical ? labelRoom(data, categories, format) : 8, bottom: 4, left: 4 }}
          barCategoryGap="18%"
          barGap={2}
        >
          <PatternDefs uid={uid} categories={categories} />
          <CartesianGrid stroke="var(--border)" horizontal={!vertical} vertical={vertical} />
          {vertical ? (
            <>
              <XAxis type="number" tick={AXIS_TICK} tickFormatter={format} stroke="var(--muted)" />
              <YAxis
                type="category"
                dataKey={groupOf}
                width={indexWidth}
                tick={AXIS_TICK}
                stroke="var(--muted)"
                interval={0}
              />
            </>
          ) : (
            <>
              <XAxis dataKey={groupOf} tick={AXIS_TICK} stroke="var(--muted)" interval={0} />
              <YAxis tick={AXIS_TICK} tickFormatter={format} stroke="var(--muted)" />
            </>
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
              // A clickable bar never shrinks to nothing: a tiny value must stay a target.
              minPointSize={onBarClick ? 3 : 0}
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
                dataKey={c.key}
                position={vertical ? 'right' : 'top'}
                formatter={format}
                fill="var(--fg)"
                fontSize={12}
              />
            </Bar>
          ))}
        </RechartsBarChart>
      </ResponsiveContainer>
      <BarSelect label={selectLabel} choices={choices} />
    </div>
  )
}

/** Right margin of a vertical chart: room for the longest value label drawn after its bar. */
function labelRoom(data: Row[], categories: BarCategory[], format: (v: unknown) => string): number {
  let longest = 0
  for (const row of data) for (const c of categories) longest = Math.max(longest, format(row[c.key]).length)
  // ~7 px per character at 12 px (CJK glyphs are wider, digits narrower), plus the label's offset.
  return Math.max(56, Math.round(longest * 7.5) + 12)
}
