import { memo, useMemo } from 'react'
import { Panel } from '@/components/panel'
import { RouteLink } from '@/components/route-link'
import { StatusBadge } from '@/components/status-badge'
import { formatNumber } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import { behindList, type JoinedRow } from '@/lib/ledger-model'
import { routes } from '@/lib/routes/routes'
import { ledgerMessages } from './i18n'

const SHOWN = 10

/** The projects furthest behind their annual plan, of those in the list: red before yellow, then the gap. */
export const RedListPanel = memo(function RedListPanel({
  rows,
  view,
}: {
  rows: readonly JoinedRow[]
  view: string
}) {
  const { t, lang } = useT(ledgerMessages)
  const behind = useMemo(() => behindList(rows), [rows])
  const pct = (v: number) => `${formatNumber(v, lang, 1)}%`
  return (
    <Panel id="ledger-red-list" title={t('red.title', { count: behind.length })}>
      {behind.length === 0 ? (
        <p className="text-muted text-sm">{t('red.none')}</p>
      ) : (
        <ol className="flex flex-col gap-1 text-sm" aria-label={t('red.title', { count: behind.length })}>
          {behind.slice(0, SHOWN).map((r) => (
            <li key={r.id} className="grid grid-cols-[minmax(0,1fr)_auto_auto] items-baseline gap-x-3">
              <span className="truncate">
                <RouteLink to={routes.project(r.id, view)} className="link">
                  {r.name}
                </RouteLink>
                <span className="ms-2 text-muted text-xs">
                  {[r.township, r.unit].filter(Boolean).join(' · ')}
                </span>
              </span>
              <span className="text-muted tabular-nums">
                {t('red.vs', { done: pct(r.status.compared.actual), time: pct(r.status.compared.expected) })}
              </span>
              <StatusBadge light={r.status.light} />
            </li>
          ))}
        </ol>
      )}
      {behind.length > SHOWN && (
        <p className="text-muted text-xs">{t('red.more', { count: behind.length - SHOWN })}</p>
      )}
    </Panel>
  )
})
