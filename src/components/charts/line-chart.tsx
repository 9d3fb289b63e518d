import { ChartSlot, lazyChart, useLazyChart } from './lazy-chart'
import { type LineChartProps, LineLegend, type Row } from './line-legend'

export type { LineChartProps, LineReference, LineSeries, LineStroke } from './line-legend'

// The line chart as screens use it: light (no drawing code), so it renders on the first paint as a
// legend and the data table in the chart's box (./lazy-chart.tsx); ./line-chart-svg.tsx draws the lines.

const drawn = lazyChart(() => import('./line-chart-svg').then((m) => m.LineChartSvg))
export const preloadLineChart = drawn.preload

/**
 * One line chart, flat props in: measured series as lines with every point labelled
 * (nothing only in a hover tooltip), and reference values (a target, last year's rate) as horizontal
 * lines that differ by dash as well as colour. The value axis always shows the references.
 */
export function LineChart<T extends Row>(props: LineChartProps<T>) {
  const { Chart, failed, near, standIn } = useLazyChart(drawn)
  const Svg = Chart as ((p: LineChartProps<T>) => React.ReactNode) | null
  if (failed) return failed
  return (
    <ChartSlot
      chart={Svg && <Svg {...props} />}
      state={standIn}
      near={near}
      legend={<LineLegend series={props.series} references={props.references ?? []} />}
      height={props.height ?? 280}
    />
  )
}
