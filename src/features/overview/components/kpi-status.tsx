import { useEffect } from 'react'
import {
  ActualFigure,
  ExampleBadge,
  periodText,
  StatusLight,
  statusMessages,
  whyText,
} from '@/components/status'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { useBoard } from '@/lib/monitoring/use-board'
import { messages } from '../i18n'

/**
 * A KPI card's status row: the latest cumulative growth of the plan year, its period and its light,
 * beside the 2022 growth and the 2023 target the card already shows. Loaded (with the store) only
 * when the first-paint hint says there are figures; it fills a row whose height CSS has reserved.
 */
export function KpiStatus({ report, id }: { report: Report; id: string }) {
  const { t, lang } = useT(messages)
  const s = useT(statusMessages).t
  const state = useBoard(report)
  const stale = state.status === 'ready' && !state.board.hasData
  // The hint was out of date (the figures were removed elsewhere): give the row's room back.
  useEffect(() => {
    if (stale) document.documentElement.removeAttribute('data-actuals')
  }, [stale])
  if (state.status !== 'ready' || stale) return null
  const row = state.board.rows.find((r) => r.target.id === id)
  if (!row) return null
  const v = row.latest
  const label = row.target.label[lang]
  return (
    <span
      className="flex min-w-0 items-center gap-x-1.5"
      title={whyText(s, row.status, lang, row.target.unit)}
    >
      <StatusLight status={row.status} className="font-semibold" />
      {v?.growth !== undefined && (
        <>
          <span className="text-muted">{t('actual', { period: periodText(s, v.period, true) })}</span>
          <ActualFigure
            value={v.growth}
            unit="%"
            rate
            label={`${label} ${periodText(s, v.period)}`}
            source={v.source}
            valueClassName="font-semibold"
          />
        </>
      )}
      {state.board.layer === 'example' && <ExampleBadge short />}
    </span>
  )
}
