import { RouteLink } from '@/components/route-link'
import { BehindGap, periodText, StatusLight, statusMessages } from '@/components/status'
import { useT } from '@/lib/i18n'
import type { Board } from '@/lib/monitoring/board'
import { routes } from '@/lib/routes/routes'
import { messages } from '../i18n'

/** What is behind its target, worst first: what a 调度会 asks about first. */
export function RedList({ board }: { board: Board }) {
  const { t, lang } = useT(messages)
  const s = useT(statusMessages).t
  return (
    <section className="card flex flex-col gap-1.5 p-3" aria-labelledby="monitor-red-list">
      <h2 id="monitor-red-list" className="font-semibold text-base">
        {t('redList.title', { count: board.behind.length })}
      </h2>
      {board.behind.length === 0 ? (
        <p className="text-muted text-sm">
          {board.counts.green > 0 ? t('redList.none') : t('redList.noData')}
        </p>
      ) : (
        <ol className="flex flex-col gap-1 text-sm" data-red-list="">
          {board.behind.map((row) => (
            <li key={row.target.id} className="flex flex-wrap items-center gap-x-2">
              <StatusLight status={row.status} />
              <RouteLink to={routes.monitorIndicator(row.target.id)} className="link font-medium">
                {row.target.label[lang]}
              </RouteLink>
              <span className="text-muted text-xs">
                {row.latest && periodText(s, row.latest.period, true)} <BehindGap gap={row.status.gap} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
