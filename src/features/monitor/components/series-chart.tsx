import type { ChartView } from '@/components/charts/chart-frame'
import { ChartFrame, type TableData } from '@/components/charts/chart-frame'
import { LineChart, type LineReference, type LineSeries } from '@/components/charts/line-chart'
import { periodText, statusMessages } from '@/components/status'
import { formatQuantity } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import type { BoardRow } from '@/lib/monitoring/board'
import { messages } from '../i18n'
import { chartPoints } from '../model/detail'

type Props = {
  row: BoardRow
  year: number
  /** What the figures are: the user's statistics, or invented example data (drawn into every export). */
  source: string
  view: ChartView
  onViewChange: (view: ChartView) => void
}

/**
 * The year of one target as a chart and a table of the same rows: cumulative growth by month against
 * the target and last year's rate (growth targets), or progress against the time elapsed (amounts).
 * Its PNG/SVG/CSV exports carry the title, unit and source, so an example chart says it is invented.
 */
export function SeriesChart({ row, year, source, view, onViewChange }: Props) {
  const { t, lang } = useT(messages)
  const s = useT(statusMessages).t
  const label = row.target.label[lang]
  const amount = row.target.kind === 'amount'
  const pct = (v: number) => formatQuantity(v, '%', lang, { rate: true })
  const data = chartPoints(row).map((p) => ({ ...p, name: periodText(s, { year, month: p.month }, true) }))
  const series: LineSeries[] = [
    { key: 'actual', label: t(amount ? 'detail.progress' : 'detail.growth', { year }), color: 'c1' },
    ...(amount
      ? [{ key: 'elapsed', label: t('detail.elapsed'), color: 'c2' as const, stroke: 'dashed' as const }]
      : []),
  ]
  const references: LineReference[] = amount
    ? []
    : [
        {
          value: row.target.target.value,
          label: t('detail.target', { year }),
          color: 'fg',
          stroke: 'dashed',
        },
        ...(row.target.growth
          ? [
              {
                value: row.target.growth.value,
                label: t('detail.lastYear', { year: year - 1 }),
                color: 'c5' as const,
                stroke: 'dotted' as const,
              },
            ]
          : []),
      ]
  const table: TableData = {
    columns: [
      { key: 'name', label: t('board.period') },
      { key: 'actual', label: series[0]?.label ?? '', numeric: true },
      ...(amount
        ? [{ key: 'elapsed', label: t('detail.elapsed'), numeric: true }]
        : references.map((r, i) => ({ key: `ref${i}`, label: r.label, numeric: true }))),
    ],
    rows: data.map((p) => ({
      name: p.name,
      actual: p.actual === undefined ? '—' : pct(p.actual),
      ...(amount
        ? { elapsed: p.elapsed === undefined ? '—' : pct(p.elapsed) }
        : Object.fromEntries(references.map((r, i) => [`ref${i}`, pct(r.value)]))),
    })),
  }
  const title = t(amount ? 'detail.chartProgress' : 'detail.chartGrowth', { label, year })
  return (
    <ChartFrame
      title={title}
      unit="%"
      source={source}
      summary={t('detail.chartSummary', { label, count: row.trend.length })}
      table={table}
      name="monitor-series"
      view={view}
      onViewChange={onViewChange}
    >
      <LineChart
        data={data}
        index="name"
        series={series}
        references={references}
        valueFormatter={pct}
        height={260}
      />
    </ChartFrame>
  )
}
