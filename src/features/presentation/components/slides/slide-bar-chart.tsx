import { type BarCategory, BarChart } from '@/components/charts/bar-chart'
import { ChartFrame } from '@/components/charts/chart-frame'
import { useT } from '@/lib/i18n'
import { useFrameUnit } from '../../hooks/use-frame-unit'
import { messages } from '../../i18n'
import { slideChartFrame } from './chart-style'

export type SlideBarDatum = { name: string } & Record<string, string | number>

type Props = {
  title: string
  unit: string
  source: string
  summary: string
  /** The chart's name for exporters (data-chart). */
  name: string
  data: SlideBarDatum[]
  categories: BarCategory[]
  valueFormatter: (value: number) => string
  /** How a value reads in the table view; the chart's formatter unless given. */
  tableFormatter?: (value: number) => string | number
  /** Chart height and the label column's width, in frame units (--u), so the slide scales. */
  height: number
  indexWidth: { zh: number; en: number }
}

/**
 * A horizontal bar chart sized for a slide, in the shared frame (title, unit, source, summary and
 * the same data as a table with one row per bar group).
 */
export function SlideBarChart({
  data,
  categories,
  valueFormatter,
  tableFormatter,
  height,
  indexWidth,
  ...frame
}: Props) {
  const { lang } = useT(messages)
  const u = useFrameUnit()
  const cell = tableFormatter ?? valueFormatter
  const table = {
    columns: [
      { key: 'name', label: '' },
      ...categories.map((c) => ({ key: c.key, label: c.label, numeric: true })),
    ],
    rows: data.map((d) => ({
      name: d.name,
      ...Object.fromEntries(categories.map((c) => [c.key, cell(Number(d[c.key]))])),
    })),
  }
  return (
    <ChartFrame {...frame} table={table} headingLevel={3} className={slideChartFrame}>
      <BarChart
        data={data}
        index="name"
        layout="vertical"
        categories={categories}
        valueFormatter={valueFormatter}
        height={Math.round(u * height)}
        indexWidth={Math.round(u * indexWidth[lang])}
      />
    </ChartFrame>
  )
}
