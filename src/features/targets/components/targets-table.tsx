import { DerivedFigure } from '@/components/derived-figure'
import { FactFigure } from '@/components/fact-figure'
import { Panel } from '@/components/panel'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import type { IndicatorRow } from '@/lib/report-model/indicators'
import { messages } from '../i18n'

/** Every indicator with its figures; implied 2023 levels only where a nominal series allows one. */
export function TargetsTable({ report, rows }: { report: Report; rows: IndicatorRow[] }) {
  const { t, lang } = useT(messages)
  const years = { review: report.year - 1, year: report.year }
  const cols = ['level', 'growth', 'target', 'gap', 'implied'] as const
  return (
    <Panel title={t('table.title')} id="targets-table">
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm" aria-labelledby="targets-table-title">
          <thead>
            <tr className="border-line border-b">
              <th scope="col" className="px-2 py-1 text-left font-semibold">
                {t('table.indicator')}
              </th>
              {cols.map((c) => (
                <th key={c} scope="col" className="px-2 py-1 text-right font-semibold">
                  {t(`table.${c}`, years)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-line border-b last:border-0" data-row={r.id}>
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {r.label[lang]}
                </th>
                <td className="px-2 py-1 text-right">
                  {r.actual ? (
                    <FactFigure fact={r.actual} />
                  ) : (
                    <span className="text-muted">{t('table.noLevel')}</span>
                  )}
                </td>
                <td className="px-2 py-1 text-right">
                  <FactFigure fact={r.growth} rate />
                </td>
                <td className="px-2 py-1 text-right">
                  <FactFigure fact={r.target} rate />
                </td>
                <td className="px-2 py-1 text-right">
                  {r.gap ? <DerivedFigure item={r.gap} report={report} signed /> : '—'}
                </td>
                <td className="px-2 py-1 text-right" data-implied={r.implied ? 'yes' : 'no'}>
                  {r.implied ? (
                    <DerivedFigure item={r.implied} report={report} />
                  ) : (
                    <span className="text-muted">
                      {t(`table.noImplied.${r.noImplied ?? 'not-derived'}`)}
                      <sup aria-hidden="true">*</sup>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="m-0 text-muted text-xs leading-relaxed">
        <span aria-hidden="true">* </span>
        {t('table.note', years)}
      </p>
    </Panel>
  )
}
