import { useId } from 'react'
import { type BarChartProps, BarLegend, barGeometry, type Row } from './bar-legend'
import { ChartSlot, lazyChart, useLazyChart } from './lazy-chart'
import { useChartMetrics, useChartSize } from './sizes'
import { safeId } from './tokens'

export type { BarChartProps } from './bar-legend'
export type { BarCategory } from './tokens'

// The bar chart as screens use it: light (no drawing code), so it renders on the first paint as a
// legend and the data table in the chart's box (./lazy-chart.tsx); ./bar-chart-svg.tsx draws the bars.

const drawn = lazyChart(() => import('./bar-chart-svg').then((m) => m.BarChartSvg))
export const preloadBarChart = drawn.preload

/**
 * One grouped bar chart, flat props in: a row per group, bars growing rightwards. Every bar carries its
 * value as a label, so nothing is only in a hover tooltip; series differ by colour token and pattern.
 */
export function BarChart<T extends Row>(props: BarChartProps<T>) {
  const { Chart, failed, near, standIn } = useLazyChart(drawn)
  const Svg = Chart as ((p: BarChartProps<T> & { uid: string }) => React.ReactNode) | null
  const uid = safeId(useId())
  const metrics = useChartMetrics()
  const size = useChartSize()
  if (failed) return failed
  // On a slide, the bars take the height the slide gives them (see ./bar-chart-svg.tsx).
  const fill = size === 'slide'
  return (
    <ChartSlot
      chart={Svg && <Svg {...props} uid={uid} />}
      state={standIn}
      near={near}
      legend={<BarLegend uid={uid} categories={props.categories} reference={props.reference} />}
      height={fill ? undefined : barGeometry(props, metrics).height}
      fill={fill}
    />
  )
}
