import { BarChart } from '@/components/charts/bar-chart'
import { ChartFrame, type TableData } from '@/components/charts/chart-frame'
import type { Report } from '@/lib/dataset/schema'
import { formatQuantity } from '@/lib/format/quantity'
import { unitSpec } from '@/lib/format/units'
import { formatList, useT } from '@/lib/i18n'
import type { Comparison } from '@/lib/report-model'
import { messages } from '../i18n'
import { takeaway } from '../model/takeaway'
import { DerivedCard } from './figure-cards'

/** Figures the report lists side by side, as bars in one unit, in the shared chart frame. */
export function ComparisonChart({ report, comparison }: { report: Report; comparison: Comparison }) {
  const { t, lang } = useT(messages)
  const { unit, rows } = comparison
  const fmt = (v: number) => formatQuantity(v, unit, lang)
  const unitName = unitSpec(unit)[lang] || unit
  const title = t(`chart.kind.${comparison.reason.kind}`, { unit: unitName })
  const why = [
    t('chartWhy'),
    ...comparison.reason.converted.map((c) =>
      t('chartConverted', { from: unitSpec(c.from)[lang], to: unitSpec(c.to)[lang] }),
    ),
  ].join(' ')
  const table: TableData = {
    columns: [
      { key: 'item', label: t('chart.item') },
      { key: 'value', label: t('chart.value', { unit: unitName }), numeric: true },
      { key: 'stated', label: t('chart.stated'), numeric: true },
    ],
    rows: rows.map((r) => ({
      item: r.label[lang],
      value: fmt(r.value),
      stated: formatQuantity(r.stated.value, r.stated.unit, lang, { qualifier: r.qualifier }),
    })),
  }
  const summary = formatList(
    rows.map((r) => `${r.label[lang]} ${formatQuantity(r.value, unit, lang, { qualifier: r.qualifier })}`),
    lang,
  )

  const lesson = takeaway(rows)
  return (
    <div className="flex min-w-0 flex-col gap-2">
      {lesson && (
        <p className="font-medium text-sm">
          {lesson.kind === 'two'
            ? t('takeaway.two', { top: lesson.top.label[lang], other: lesson.other.label[lang] })
            : t('takeaway.many', { top: lesson.top.label[lang], bottom: lesson.bottom.label[lang] })}
        </p>
      )}
      <ChartFrame
        title={title}
        unit={unitName}
        source={`${report.title[lang]},“${comparison.sentence}”`}
        summary={t('chart.summary', { items: summary })}
        table={table}
        name={`sector-${comparison.id}`}
        headingLevel={3}
      >
        {/* The axis is in one unit; each bar's label reads as its card does (3.5万亩, not 35,000亩). */}
        <BarChart
          data={rows.map((r) => ({
            label: r.label[lang],
            value: r.value,
            text: formatQuantity(r.stated.value, r.stated.unit, lang, { qualifier: r.qualifier }),
          }))}
          index="label"
          categories={[
            { key: 'value', label: t('chart.value', { unit: unitName }), color: 'c1', labelKey: 'text' },
          ]}
          valueFormatter={fmt}
        />
      </ChartFrame>
      <p className="text-muted text-xs">{why}</p>
      {comparison.derived.length > 0 && (
        <ul className="grid gap-2">
          {comparison.derived.map((d) => (
            <DerivedCard key={d.id} report={report} item={d} />
          ))}
        </ul>
      )}
    </div>
  )
}
