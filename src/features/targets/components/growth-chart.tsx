import { useMemo } from 'react'
import { BarChart } from '@/components/charts/bar-chart'
import { ChartFrame, type ChartView } from '@/components/charts/chart-frame'
import type { Report } from '@/lib/dataset/schema'
import { formatQuantity } from '@/lib/format/quantity'
import { formatList, useT } from '@/lib/i18n'
import { growthSeries, growthSummary, type IndicatorRow } from '@/lib/report-model/indicators'
import { messages } from '../i18n'

type Props = { report: Report; rows: IndicatorRow[]; view: ChartView; onViewChange: (v: ChartView) => void }

/** 2022 growth vs 2023 target, grouped bars per indicator, with the same data as a table. */
export function GrowthChart({ report, rows, view, onViewChange }: Props) {
  const { t, lang } = useT(messages)
  const years = { review: report.year - 1, year: report.year }
  const pct = (v: number) => formatQuantity(v, '%', lang, { rate: true })
  const data = useMemo(() => growthSeries(rows, lang), [rows, lang])
  const s = useMemo(() => growthSummary(rows, lang), [rows, lang])
  const categories = [
    { key: 'growth', label: t('chart.growth', years), color: 'c1' as const },
    { key: 'target', label: t('chart.target', years), color: 'c2' as const, pattern: 'hatch' as const },
  ]
  const summary = t('chart.summary', {
    ...years,
    count: s.count,
    above: s.above,
    below: s.below.length ? t('chart.belowSome', { names: formatList(s.below, lang) }) : t('chart.belowNone'),
    largest: s.largest?.label[lang] ?? '',
    gap: s.largest
      ? formatQuantity(s.largest.target.value - s.largest.growth.value, '百分点', lang, {
          rate: true,
          signed: true,
        })
      : '',
  })
  const table = {
    columns: [
      { key: 'name', label: t('chart.indicator') },
      { key: 'growth', label: t('chart.growth', years), numeric: true },
      { key: 'target', label: t('chart.target', years), numeric: true },
    ],
    rows: data.map((d) => ({ name: d.name, growth: pct(d.growth), target: pct(d.target) })),
  }
  return (
    <ChartFrame
      title={t('chart.title', years)}
      unit="%"
      source={report.title[lang]}
      summary={summary}
      table={table}
      view={view}
      onViewChange={onViewChange}
      name="targets-growth"
    >
      <BarChart data={data} index="name" categories={categories} valueFormatter={pct} />
    </ChartFrame>
  )
}
