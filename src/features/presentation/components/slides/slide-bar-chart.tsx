import { type BarCategory, BarChart } from '@/components/charts/bar-chart'
import { ChartFrame } from '@/components/charts/chart-frame'

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
  /** A value every bar is read against, drawn as a line (BarChart's `reference`). */
  reference?: { value: number; label: string }
}

/**
 * A horizontal bar chart on a slide: the shared frame and chart at the slide size (type and bars in
 * frame units, axes sized from their labels), with the same data as a table, one row per bar group.
 */
export function SlideBarChart({
  data,
  categories,
  valueFormatter,
  tableFormatter,
  reference,
  ...frame
}: Props) {
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
    <ChartFrame {...frame} table={table} headingLevel={3} size="slide">
      <BarChart
        data={data}
        index="name"
        categories={categories}
        valueFormatter={valueFormatter}
        {...(reference ? { reference } : {})}
      />
    </ChartFrame>
  )
}
