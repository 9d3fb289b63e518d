import { Link } from 'wouter'
import { Panel } from '@/components/panel'
import { StatedFigure } from '@/components/stated-figure'
import { useT } from '@/lib/i18n'
import type { CompareCell, CompareColumn, CompareTable } from '@/lib/report-model/compare'
import { hrefOf, routes } from '@/lib/routes/routes'
import { messages } from '../i18n'

/** Indicators as rows, counties as columns; each cell the report's own figures, or 未报告. */
export function CompareGrid({ table }: { table: CompareTable }) {
  const { t, lang } = useT(messages)
  const years = { review: table.year - 1, year: table.year }
  return (
    <Panel title={t('tableTitle', years)} id="compare-table" className="w-fit max-w-full">
      <div className="overflow-x-auto">
        <table className="w-auto border-collapse text-sm" aria-labelledby="compare-table-title">
          <thead>
            <tr className="border-line border-b align-bottom">
              <th scope="col" className="px-2 py-1 text-left">
                {t('indicator')}
              </th>
              {table.columns.map((c) => (
                <th key={c.reportId} scope="col" className="min-w-[14rem] px-3 py-1 text-right">
                  <span className="block text-base">
                    {c.province && <span className="text-muted text-sm">{c.province[lang]} · </span>}
                    {c.county[lang]}
                  </span>
                  <Link
                    href={hrefOf(routes.overview(), { report: c.reportId })}
                    className="link block font-normal text-xs"
                  >
                    {c.title[lang]}
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key} className="border-line border-b last:border-0" data-row={row.key}>
                <th scope="row" className="min-w-[10rem] px-2 py-1.5 text-left font-normal">
                  {row.label[lang]}
                </th>
                {row.cells.map((cell, i) => {
                  const column = table.columns[i]
                  return column ? (
                    <td key={column.reportId} className="px-3 py-1.5 text-right" data-cell={column.reportId}>
                      {cell ? (
                        <Cell cell={cell} column={column} label={row.label[lang]} year={table.year} />
                      ) : (
                        <span className="text-muted">{t('notReported')}</span>
                      )}
                    </td>
                  ) : null
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="m-0 text-muted text-xs">{t('note', years)}</p>
    </Panel>
  )
}

function Cell({
  cell,
  column,
  label,
  year,
}: {
  cell: CompareCell
  column: CompareColumn
  label: string
  year: number
}) {
  const { t, lang } = useT(messages)
  const place = column.province ? `${column.province[lang]} ${column.county[lang]}` : column.county[lang]
  const of = (what: string) => `${place} ${label} ${what}`
  const from = { reportId: column.reportId, title: column.title }
  return (
    <span className="inline-flex flex-col items-end gap-0.5">
      {cell.level && (
        <StatedFigure
          {...from}
          fact={cell.level}
          label={of(t('level', { year: year - 1 }))}
          valueClassName="font-semibold"
        />
      )}
      <span className="inline-flex items-center gap-1">
        <span className="text-muted text-xs">{t('growth', { year: year - 1 })}</span>
        <StatedFigure {...from} fact={cell.growth} label={of(t('growth', { year: year - 1 }))} rate />
      </span>
      <span className="inline-flex items-center gap-1">
        <span className="text-muted text-xs">{t('target', { year })}</span>
        <StatedFigure {...from} fact={cell.target} label={of(t('target', { year }))} rate />
      </span>
    </span>
  )
}
