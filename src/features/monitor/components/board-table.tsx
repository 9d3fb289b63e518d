import { FactFigure } from '@/components/fact-figure'
import { Quantity } from '@/components/quantity'
import { RouteLink } from '@/components/route-link'
import { ActualFigure, periodText, StatusLight, statusMessages, unitOf, whyText } from '@/components/status'
import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import type { Board, BoardRow } from '@/lib/monitoring/board'
import { routes } from '@/lib/routes/routes'
import { messages } from '../i18n'
import { Sparkline } from './sparkline'

type Props = { board: Board; rows: BoardRow[] }

/** The latest cumulative level of a row (an amount target's count, or a growth series' level). */
function Level({ row, label }: { row: BoardRow; label: string }) {
  const v = row.latest
  const unit = unitOf(v?.unit, row.target.unit)
  if (!v || v.value === undefined || !unit) return <span className="text-muted">—</span>
  return <ActualFigure value={v.value} unit={unit} label={label} source={v.source} />
}

/** What the light judges: the cumulative growth, or the progress against the time elapsed. */
function Measure({ row, label }: { row: BoardRow; label: string }) {
  const { t } = useT(messages)
  const v = row.latest
  if (row.target.kind === 'amount') {
    if (!row.progress) return <span className="text-muted">—</span>
    return (
      <span className="flex flex-col leading-tight">
        <Quantity value={Math.round(row.progress.percent * 10) / 10} unit="%" rate className="tabular-nums" />
        <span className="text-muted text-xs">
          {t('board.elapsed', { elapsed: Math.round(row.progress.elapsed * 10) / 10 })}
        </span>
      </span>
    )
  }
  if (!v || v.growth === undefined) return <span className="text-muted">—</span>
  return <ActualFigure value={v.growth} unit="%" rate label={label} source={v.source} />
}

/** Every target of the plan year, one row each: latest figure, target, gap, light and trend. */
export function BoardTable({ board, rows }: Props) {
  const { t, lang } = useT(messages)
  const s = useT(statusMessages).t
  return (
    <div className="card overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-board="">
        <caption className="sr-only">{t('board.caption', { year: board.year })}</caption>
        <thead className="text-left text-muted text-xs">
          <tr className="border-line border-b">
            <th scope="col" className="px-2 py-1.5 font-medium">
              {t('board.indicator')}
            </th>
            <th scope="col" className="px-2 py-1.5 font-medium">
              {t('board.period')}
            </th>
            <th scope="col" className="px-2 py-1.5 text-right font-medium">
              {t('board.level')}
            </th>
            <th scope="col" className="px-2 py-1.5 text-right font-medium">
              {t('board.measure')}
            </th>
            <th scope="col" className="px-2 py-1.5 text-right font-medium">
              {t('board.target', { year: board.year })}
            </th>
            <th scope="col" className="px-2 py-1.5 text-right font-medium">
              {t('board.gap')}
            </th>
            <th scope="col" className="px-2 py-1.5 font-medium">
              {t('board.status')}
            </th>
            <th scope="col" className="px-2 py-1.5 font-medium">
              <span>{t('board.trend')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const label = row.target.label[lang]
            const period = row.latest ? periodText(s, row.latest.period, true) : null
            const named = period ? `${label} ${period}` : label
            return (
              <tr key={row.target.id} className="border-line border-b last:border-0" data-row={row.target.id}>
                <th scope="row" className="px-2 py-1.5 text-left font-medium">
                  <RouteLink to={routes.monitorIndicator(row.target.id)} className="link">
                    {label}
                  </RouteLink>
                  {row.target.kind === 'amount' && (
                    <span className="ml-1 text-muted text-xs">{t('board.amountRule')}</span>
                  )}
                </th>
                <td className="whitespace-nowrap px-2 py-1.5">
                  {period ?? <span className="text-muted">—</span>}
                </td>
                <td className="whitespace-nowrap px-2 py-1.5 text-right">
                  <Level row={row} label={named} />
                </td>
                <td className="whitespace-nowrap px-2 py-1.5 text-right font-semibold">
                  <Measure row={row} label={named} />
                </td>
                <td className="whitespace-nowrap px-2 py-1.5 text-right">
                  <FactFigure
                    fact={row.target.target}
                    rate={row.target.kind === 'growth'}
                    sourceLabel={t('board.targetOf', { label })}
                    className="justify-end"
                  />
                </td>
                <td
                  className={cx(
                    'whitespace-nowrap px-2 py-1.5 text-right tabular-nums',
                    row.status.light === 'red' && 'font-semibold',
                  )}
                >
                  {row.status.light === null ? (
                    <span className="text-muted">—</span>
                  ) : (
                    <Quantity value={Math.round(row.status.gap * 10) / 10} unit="百分点" rate signed />
                  )}
                </td>
                <td
                  className="whitespace-nowrap px-2 py-1.5"
                  title={whyText(s, row.status, lang, row.target.unit)}
                >
                  <StatusLight status={row.status} />
                </td>
                <td className="px-2 py-1">
                  <Sparkline row={row} />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
