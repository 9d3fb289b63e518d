import { useMemo } from 'react'
import { DerivedFigure } from '@/components/derived-figure'
import { FactFigure } from '@/components/fact-figure'
import { Panel } from '@/components/panel'
import { cx } from '@/lib/cx'
import type { Report } from '@/lib/dataset/schema'
import { formatList, useT } from '@/lib/i18n'
import { type IndicatorRow, ratesWithoutLevel } from '@/lib/report-model/indicators'
import type { TargetsSortKey } from '@/lib/routes/specs'
import { messages } from '../i18n'
import { sortIndicators } from '../model/sort'

type Sort = { sort: TargetsSortKey; dir: 'asc' | 'desc' }
type Props = { report: Report; rows: IndicatorRow[]; order: Sort; onSort: (next: Sort) => void }

/**
 * Every indicator with its figures; implied 2023 levels only where a nominal series allows one. The
 * rows sort by name, growth, target or gap (the biggest stretch first), and the order is in the URL.
 */
export function TargetsTable({ report, rows, order, onSort }: Props) {
  const { t, lang } = useT(messages)
  const years = { review: report.year - 1, year: report.year }
  const sorted = useMemo(
    () => sortIndicators(rows, order.sort, order.dir, lang),
    [rows, order.sort, order.dir, lang],
  )
  const noLevel = ratesWithoutLevel(report.indicators)
  const names = (list: { label: Record<string, string> }[]) =>
    formatList(
      list.map((i) => i.label[lang] ?? ''),
      lang,
    )
  const cols = ['level', 'growth', 'target', 'gap', 'implied'] as const
  const sortable: Partial<Record<(typeof cols)[number], Exclude<TargetsSortKey, 'report'>>> = {
    growth: 'growth',
    target: 'target',
    gap: 'gap',
  }
  return (
    <Panel title={t('table.title')} id="targets-table">
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm" aria-labelledby="targets-table-title">
          <thead>
            <tr className="border-line border-b">
              <SortableHeader column="indicator" label={t('table.indicator')} order={order} onSort={onSort} />
              {cols.map((c) => {
                const key = sortable[c]
                return key ? (
                  <SortableHeader
                    key={c}
                    column={key}
                    label={t(`table.${c}`, years)}
                    order={order}
                    onSort={onSort}
                    numeric
                  />
                ) : (
                  <th key={c} scope="col" className="px-2 py-1 text-right font-semibold">
                    {t(`table.${c}`, years)}
                  </th>
                )
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
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
        {noLevel.real.length > 0 && <> {t('table.noteReal', { ...years, names: names(noLevel.real) })}</>}
        {noLevel.unstated.length > 0 && <> {t('table.noteUnstated', { names: names(noLevel.unstated) })}</>}
      </p>
    </Panel>
  )
}

type HeaderProps = {
  column: Exclude<TargetsSortKey, 'report'>
  label: string
  order: Sort
  onSort: (next: Sort) => void
  numeric?: boolean
}

/**
 * A sortable column header: a click orders by it (numbers largest first), a second click reverses,
 * a third returns to the report's order; aria-sort says which column orders the rows.
 */
function SortableHeader({ column, label, order, onSort, numeric }: HeaderProps) {
  const { t } = useT(messages)
  const active = order.sort === column
  const first = numeric ? 'desc' : 'asc'
  const next = (): Sort =>
    !active
      ? { sort: column, dir: first }
      : order.dir === first
        ? { sort: column, dir: first === 'asc' ? 'desc' : 'asc' }
        : { sort: 'report', dir: 'asc' }
  return (
    <th
      scope="col"
      aria-sort={active ? (order.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
      className={cx('px-2 py-1 font-semibold', numeric ? 'text-right' : 'text-left')}
    >
      <button
        type="button"
        className={cx('inline-flex items-center gap-1 hover:underline', numeric && 'flex-row-reverse')}
        title={t('table.sortBy', { column: label })}
        onClick={() => onSort(next())}
      >
        {label}
        <span aria-hidden="true" className={active ? '' : 'text-muted opacity-60'}>
          {active ? (order.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  )
}
