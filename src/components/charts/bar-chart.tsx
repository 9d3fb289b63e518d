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
import { CHARTS_NS } from './i18n'
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
  onBarClick?: (row: T, categoryKey: string) => void
  /** The `index` value of the highlighted group; the others are dimmed. */
  activeKey?: string
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
  activeKey,
  height = 300,
  indexWidth = 160,
}: Props<T>) {
  const { t } = useT(CHARTS_NS)
  const uid = safeId(useId())
  const { animate, onAnimationEnd } = useAnimateOnce()
  const vertical = layout === 'vertical'
  const groupOf = (row: T) => String(row[index])
  const format = (v: unknown) => (typeof v === 'number' ? valueFormatter(v) : '')

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
          margin={{ top: 16, right: vertical ? 56 : 8, bottom: 4, left: 4 }}
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
              onClick={onBarClick ? (_bar, i) => data[i] && onBarClick(data[i], c.key) : undefined}
              shape={(props) => (
                <Rectangle
                  {...props}
                  data-bar={c.key}
                  fillOpacity={activeKey !== undefined && props.payload?.[index] !== activeKey ? 0.35 : 1}
                />
              )}
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
    </div>
  )
}
