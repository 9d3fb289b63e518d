import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Panel } from '@/components/panel'
import { StatusBadge } from '@/components/status-badge'
import { formatQuantity } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import { projectHistory } from '@/lib/ledger-model'
import type { Thresholds } from '@/lib/status/thresholds'
import { projectHistoryQueryOptions } from '@/lib/user-data/ledger-queries'
import { ledgerMessages } from './i18n'

/**
 * The project in every monthly ledger imported (each import is a snapshot): plan, completed, what was
 * added since the month before, completion against time elapsed, and the light each month had.
 */
export function HistoryPanel({
  reportId,
  name,
  thresholds,
}: {
  reportId: string
  name: string
  thresholds: Thresholds
}) {
  const { t, lang } = useT(ledgerMessages)
  const query = useQuery(projectHistoryQueryOptions(reportId, name))
  const points = useMemo(() => projectHistory(query.data ?? [], thresholds), [query.data, thresholds])
  const money = (v: number) => (Number.isNaN(v) ? '—' : formatQuantity(v, '万元', lang))
  const pct = (v: number) => formatQuantity(v, '%', lang, { decimals: 1 })
  const max = Math.max(
    0,
    ...points.map((p) => (Number.isNaN(p.plan) ? 0 : p.plan)),
    ...points.map((p) => (Number.isNaN(p.completed) ? 0 : p.completed)),
  )
  return (
    <Panel id="ledger-history" title={t('detail.history', { count: points.length })}>
      {query.isPending ? (
        <p className="text-muted text-sm">{t('bar.loading')}</p>
      ) : points.length === 0 ? (
        <p className="text-muted text-sm">{t('detail.noHistory')}</p>
      ) : (
        <table className="w-full text-sm" data-testid="history-table">
          <thead>
            <tr className="text-left text-muted">
              <th className="px-1 font-normal">{t('detail.asOf')}</th>
              <th className="px-1 text-right font-normal">{t('charts.plan')}</th>
              <th className="px-1 text-right font-normal">{t('charts.completed')}</th>
              <th className="px-1 text-right font-normal">{t('detail.added')}</th>
              <th className="px-1 font-normal">{t('detail.progress')}</th>
              <th className="px-1 font-normal">{t('table.status')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr
                key={`${p.asOf}-${p.file}`}
                className="border-line border-t"
                title={t('table.from', { file: p.file, sheet: p.sheet ?? '', row: p.row })}
              >
                <th scope="row" className="px-1 text-left font-normal tabular-nums">
                  {p.asOf}
                  <span className="block text-muted text-xs">{p.file}</span>
                </th>
                <td className="px-1 text-right tabular-nums">{money(p.plan)}</td>
                <td className="px-1 text-right tabular-nums">{money(p.completed)}</td>
                <td className="px-1 text-right tabular-nums">
                  {Number.isNaN(p.added) ? '—' : money(p.added)}
                </td>
                <td className="px-1">
                  {/* A bar per month: completed against the plan, the plan's length the same every month. */}
                  <span className="relative block h-3 w-full min-w-24 rounded bg-page" aria-hidden="true">
                    {max > 0 && !Number.isNaN(p.plan) && (
                      <span
                        className="absolute inset-y-0 left-0 rounded border border-c1"
                        style={{ width: `${(p.plan / max) * 100}%` }}
                      />
                    )}
                    {max > 0 && !Number.isNaN(p.completed) && (
                      <span
                        className="absolute inset-y-0.5 left-0 rounded bg-c2"
                        style={{ width: `${(p.completed / max) * 100}%` }}
                      />
                    )}
                  </span>
                  {p.status.light !== null && (
                    <span className="text-muted text-xs">
                      {t('red.vs', {
                        done: pct(p.status.compared.actual),
                        time: pct(p.status.compared.expected),
                      })}
                    </span>
                  )}
                </td>
                <td className="px-1">
                  <StatusBadge light={p.status.light ?? 'none'} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  )
}
