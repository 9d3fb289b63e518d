import { lazy, Suspense } from 'react'
import { FactFigure } from '@/components/fact-figure'
import { ParamNotice } from '@/components/notice'
import { ReportGate } from '@/components/report-gate'
import { RouteLink } from '@/components/route-link'
import { ScreenBoundary } from '@/components/screen-boundary'
import {
  ExampleBadge,
  periodText,
  StatusLegend,
  StatusLight,
  statusMessages,
  whyText,
} from '@/components/status'
import { loadCode } from '@/lib/code-load/load-code'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { valuesOf } from '@/lib/monitoring/board'
import { useBoard } from '@/lib/monitoring/use-board'
import { routes } from '@/lib/routes/routes'
import { monitorDetailSpec } from '@/lib/routes/specs'
import { useSearchState } from '@/lib/routes/use-search-state'
import { messages } from '../i18n'
import { ValuesTable } from './values-table'

// The chart loads with this page, not with the board. Code that does not arrive
// says so in the chart's place; the figures' table below still shows.
const SeriesChart = lazy(() =>
  loadCode(() => import('./series-chart')).then((m) => ({ default: m.SeriesChart })),
)

export function MonitorDetailPage({ id }: { id: string }) {
  return <ReportGate>{(report) => <Detail report={report} id={id} />}</ReportGate>
}

/** #/monitor/<id>: one target's year as a chart and a table, every figure with its source and history. */
function Detail({ report, id }: { report: Report; id: string }) {
  const { t, lang } = useT(messages)
  const s = useT(statusMessages).t
  const { values: view, rejected, update } = useSearchState(monitorDetailSpec)
  const year = view.year ?? report.year
  const state = useBoard(report, year)
  const back = (
    <RouteLink to={routes.monitor()} className="link text-sm">
      ← {t('detail.back')}
    </RouteLink>
  )
  if (state.status === 'pending')
    return (
      <p role="status" className="p-4 text-muted">
        {t('loading')}
      </p>
    )
  if (state.status === 'error')
    return (
      <p role="alert" className="text-danger">
        {t('loadFailed', { detail: state.error.message })}
      </p>
    )
  const { board } = state
  const row = board.rows.find((r) => r.target.id === id)
  if (!row)
    return (
      <div className="flex flex-col gap-2">
        {back}
        <p role="alert">{t('detail.unknown', { id: id.slice(0, 60) })}</p>
      </div>
    )
  const label = row.target.label[lang]
  const example = board.layer === 'example'
  const years = [...new Set([report.year, ...board.years])].sort((a, b) => b - a)
  return (
    <div className="screen-col flex flex-col gap-3">
      <ParamNotice rejected={rejected} />
      {back}
      <header className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <h1 className="font-bold text-xl">{label}</h1>
        {example && <ExampleBadge />}
        {years.length > 1 && (
          <label className="flex items-center gap-1 text-sm">
            <span className="text-muted">{t('detail.year')}</span>
            <select
              className="rounded border border-line bg-card px-1 py-0.5"
              value={year}
              onChange={(e) =>
                update({ year: Number(e.target.value) === report.year ? null : Number(e.target.value) })
              }
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      <section className="card flex flex-col gap-2 p-3 text-sm" aria-label={t('detail.statusTitle')}>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-1">
          <StatusLight status={row.status} className="font-semibold text-base" />
          {row.latest && <span>{periodText(s, row.latest.period)}</span>}
          <span className="inline-flex items-center gap-1">
            <span className="text-muted">{t('board.target', { year: report.year })}</span>
            <FactFigure fact={row.target.target} rate={row.target.kind === 'growth'} />
          </span>
          {row.target.growth && (
            <span className="inline-flex items-center gap-1">
              <span className="text-muted">{t('detail.lastYear', { year: report.year - 1 })}</span>
              <FactFigure fact={row.target.growth} rate />
            </span>
          )}
          {row.target.level && (
            <span className="inline-flex items-center gap-1">
              <span className="text-muted">
                {t(row.target.kind === 'amount' ? 'detail.levelAmount' : 'detail.level', {
                  year: report.year - 1,
                })}
              </span>
              <FactFigure fact={row.target.level} />
            </span>
          )}
        </div>
        <p data-why="">
          <span className="text-muted">{t('detail.why')}</span>{' '}
          {whyText(s, row.status, lang, row.target.unit)}
        </p>
        {year !== report.year && (
          <p className="text-muted">{t('detail.otherYear', { year, plan: report.year })}</p>
        )}
        <StatusLegend
          thresholds={board.thresholds}
          rules={[row.target.kind === 'growth' ? 'growth-vs-target' : 'progress-vs-time']}
          className="text-xs"
          titleClassName="font-semibold text-xs"
        />
      </section>
      {/* From 1536 px wide the year's chart stands beside its figures. */}
      <div className="grid gap-3 2xl:grid-cols-2 2xl:items-start">
        <ScreenBoundary variant="inline">
          <Suspense fallback={<p className="text-muted">{t('loading')}</p>}>
            <SeriesChart
              row={row}
              year={year}
              source={example ? s('example.label') : t('detail.source', { title: report.title[lang] })}
              view={view.view}
              onViewChange={(v) => update({ view: v }, { replace: true })}
            />
          </Suspense>
        </ScreenBoundary>
        <ValuesTable
          reportId={report.id}
          planYear={report.year}
          row={row}
          values={valuesOf(state.values, row.target.id)}
          layer={board.layer}
          thresholds={board.thresholds}
        />
      </div>
    </div>
  )
}
