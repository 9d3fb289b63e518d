import { Quantity } from '@/components/quantity'
import {
  ActualFigure,
  BehindGap,
  BehindItem,
  ExampleBadge,
  periodText,
  StatusLegend,
  StatusLight,
  statusMessages,
  unitOf,
} from '@/components/status'
import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import type { Board, BoardRow } from '@/lib/monitoring/board'
import { messages } from '../../i18n'
import { SlideFrame } from '../slide-frame'
import { type } from '../type-scale'
import { useCramped } from '../use-cramped'

/** What the light judges, as the board states it: the cumulative growth, or progress in % of the target. */
function Measure({ row, label }: { row: BoardRow; label: string }) {
  const v = row.latest
  if (row.target.kind === 'amount')
    return row.progress ? (
      <Quantity value={Math.round(row.progress.percent * 10) / 10} unit="%" rate />
    ) : (
      <span className="text-muted">—</span>
    )
  if (!v || v.growth === undefined) return <span className="text-muted">—</span>
  return <ActualFigure value={v.growth} unit="%" rate label={label} source={v.source} />
}

/**
 * The year's status of every target for a 调度会: each target's latest cumulative figure against its
 * target, the gap and the light (shape and word), the red list worst first, and the stated rules with
 * the thresholds in use. Invented example figures say so in the title line.
 */
export function MonitorSlide({ board }: { board: Board }) {
  const { t, lang } = useT(messages)
  const s = useT(statusMessages).t
  const title = t('slides.monitor', { year: board.year })
  const cell = 'px-[calc(var(--u)*0.8)] py-[calc(var(--u)*0.45)]'
  // Eight targets with English names of three lines do not fit at body size: one step down.
  const [grid, dense] = useCramped<HTMLDivElement>([lang, board])
  return (
    <SlideFrame
      title={
        <span className="flex flex-wrap items-baseline gap-x-[calc(var(--u)*2)]">
          {title}
          {board.asOf && (
            <span className={cx(type.body, 'font-normal text-fg')}>
              {s('period.asOf', { period: periodText(s, board.asOf) })}
            </span>
          )}
          {board.layer === 'example' && <ExampleBadge className={cx(type.small, 'leading-normal')} />}
        </span>
      }
    >
      <div
        ref={grid}
        className="grid min-h-0 flex-1 grid-cols-[minmax(0,1.75fr)_minmax(0,1fr)] gap-[calc(var(--u)*2.5)]"
      >
        <table
          className={cx(dense ? type.small : type.body, 'h-full w-full border-collapse')}
          data-monitor-slide=""
        >
          <caption className="sr-only">{title}</caption>
          <thead className={cx(type.small, 'text-left text-muted')}>
            <tr className="border-line border-b">
              <th scope="col" className={cx(cell, 'font-medium')}>
                {t('monitor.indicator')}
              </th>
              <th scope="col" className={cx(cell, 'text-right font-medium')}>
                {t('monitor.actual')}
              </th>
              <th scope="col" className={cx(cell, 'text-right font-medium')}>
                {t('monitor.target')}
              </th>
              <th scope="col" className={cx(cell, 'text-right font-medium')}>
                {t('monitor.gap')}
              </th>
              <th scope="col" className={cx(cell, 'font-medium')}>
                {t('monitor.status')}
              </th>
            </tr>
          </thead>
          <tbody>
            {board.rows.map((row) => {
              const label = row.target.label[lang]
              const period = row.latest ? periodText(s, row.latest.period, true) : ''
              return (
                <tr key={row.target.id} className="border-line border-b last:border-0">
                  <th scope="row" className={cx(cell, 'text-left font-semibold')}>
                    {label}
                    {period && (
                      <span className="ml-[calc(var(--u)*0.8)] font-normal text-muted">{period}</span>
                    )}
                  </th>
                  <td className={cx(cell, 'whitespace-nowrap text-right font-semibold tabular-nums')}>
                    <Measure row={row} label={`${label} ${period}`} />
                  </td>
                  <td className={cx(cell, 'text-right tabular-nums')}>
                    <Quantity
                      value={row.target.target.value}
                      unit={row.target.kind === 'growth' ? '%' : (unitOf(undefined, row.target.unit) ?? '%')}
                      rate={row.target.kind === 'growth'}
                      qualifier={row.target.target.qualifier}
                    />
                  </td>
                  <td className={cx(cell, 'whitespace-nowrap text-right tabular-nums')}>
                    {row.status.light === null ? '—' : <BehindGap gap={row.status.gap} />}
                  </td>
                  <td className={cx(cell, 'whitespace-nowrap font-semibold')}>
                    <StatusLight status={row.status} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
        <div className="flex min-h-0 flex-col gap-[calc(var(--u)*1.5)]">
          <section aria-labelledby="monitor-slide-red" className="flex flex-col gap-[calc(var(--u)*0.8)]">
            <h3 id="monitor-slide-red" className={cx(type.h2, 'text-accent')}>
              {t('monitor.redList', { count: board.behind.length })}
            </h3>
            {board.behind.length === 0 ? (
              <p className={type.body}>{t('monitor.noneBehind')}</p>
            ) : (
              <ol className={cx(dense ? type.small : type.body, 'flex flex-col gap-[calc(var(--u)*0.6)]')}>
                {board.behind.map((row) => (
                  <BehindItem key={row.target.id} row={row} className="items-center" />
                ))}
              </ol>
            )}
          </section>
          <StatusLegend
            thresholds={board.thresholds}
            compact
            className={cx(type.small, 'mt-auto')}
            titleClassName="font-semibold"
          />
        </div>
      </div>
    </SlideFrame>
  )
}
