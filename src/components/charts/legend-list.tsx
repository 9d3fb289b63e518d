import type { ReactNode } from 'react'
import { useT } from '@/lib/i18n'
import { chartMessages } from './i18n'
import { useChartSize } from './sizes'

const LEGEND = { screen: 'text-sm', slide: 'text-slide-small', print: 'text-xs' } as const

/** A chart's legend: its entries in a row that wraps, at the chart's size (screen, slide or print). */
export function LegendList({ children }: { children: ReactNode }) {
  const { t } = useT(chartMessages)
  const size = useChartSize()
  return (
    <ul
      aria-label={t('legend')}
      className={`flex flex-wrap gap-x-4 gap-y-1 ${LEGEND[size]}`}
      data-chart-legend
    >
      {children}
    </ul>
  )
}

/** One entry of a legend: its mark as drawn, then its name. */
export function LegendItem({
  mark,
  children,
  ...data
}: { mark: ReactNode; children: ReactNode } & Record<`data-${string}`, boolean | undefined>) {
  return (
    <li className="flex items-center gap-1.5" {...data}>
      {mark}
      {children}
    </li>
  )
}
