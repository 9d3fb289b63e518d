import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import { Quantity } from '@/components/quantity'
import { SourceButton } from '@/components/source-button'
import type { Report } from '@/lib/dataset/schema'
import { formatQuantity } from '@/lib/format/quantity'
import { unitSpec } from '@/lib/format/units'
import { useT } from '@/lib/i18n'
import type { Comparison } from '../model/comparisons'
import { ComparisonFrame } from './comparison-frame'
import { DerivedCard } from './figure-cards'

const ROW_HEIGHT = 46

/** Figures the report lists side by side, as horizontal bars in one unit, with a table view. */
export function ComparisonChart({ report, comparison }: { report: Report; comparison: Comparison }) {
  const { t, lang } = useT('sectors')
  const { unit, rows } = comparison
  const fmt = (v: number) => formatQuantity(v, unit, lang)
  const data = rows.map((r) => ({ label: r.label[lang], value: r.value }))
  const items = rows.map(
    (r) => `${r.label[lang]} ${formatQuantity(r.value, unit, lang, { qualifier: r.qualifier })}`,
  )
  const unitName = lang === 'zh' ? unitSpec(unit).zh : unitSpec(unit).en || unit
  const why = [
    t('chartWhy'),
    ...comparison.reason.converted.map((c) =>
      t('chartConverted', { from: unitSpec(c.from)[lang], to: unitSpec(c.to)[lang] }),
    ),
  ].join(' ')
  const table = (
    <table className="w-full text-sm">
      <thead>
        <tr className="border-[var(--border)] border-b text-left">
          <th scope="col">{t('chart.item')}</th>
          <th scope="col" className="text-right">
            {t('chart.value', { unit: unitName })}
          </th>
          <th scope="col" className="text-right">
            {t('chart.stated')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className="border-[var(--border)] border-b">
            <th scope="row" className="py-1 text-left font-normal">
              {r.label[lang]}
            </th>
            <td className="text-right tabular-nums">{fmt(r.value)}</td>
            <td className="text-right tabular-nums">
              <span className="inline-flex items-center gap-1">
                <Quantity value={r.stated.value} unit={r.stated.unit} qualifier={r.qualifier} />
                <SourceButton id={r.id} label={r.label[lang]} quote={r.quote} />
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
  return (
    <ComparisonFrame
      title={t(`chart.kind.${comparison.reason.kind}`, { unit: unitName })}
      unit={why}
      source={t('chart.source', { title: report.title[lang], sentence: comparison.sentence })}
      summary={t('chart.summary', { items: items.join(lang === 'zh' ? ',' : ', ') })}
      table={table}
      footer={
        comparison.derived.length > 0 && (
          <ul className="grid gap-2">
            {comparison.derived.map((d) => (
              <DerivedCard key={d.id} report={report} item={d} />
            ))}
          </ul>
        )
      }
    >
      <div style={{ height: rows.length * ROW_HEIGHT + 16 }} className="text-[var(--c1)]">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 96, bottom: 4, left: 4 }}>
            <XAxis type="number" hide domain={[0, 'dataMax']} />
            <YAxis
              type="category"
              dataKey="label"
              width={lang === 'zh' ? 150 : 190}
              tickLine={false}
              axisLine={false}
              tick={{ style: { fill: 'var(--fg)', fontSize: 12 } }}
            />
            <Bar dataKey="value" fill="currentColor" barSize={18} isAnimationActive={false}>
              <LabelList
                dataKey="value"
                position="right"
                formatter={(v: unknown) => (typeof v === 'number' ? fmt(v) : '')}
                style={{ fill: 'var(--fg)', fontSize: 12 }}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ComparisonFrame>
  )
}
