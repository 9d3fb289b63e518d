import { lazy, Suspense, useMemo } from 'react'
import { HydrationUnit } from '@/components/hydration-unit'
import { useLatePart } from '@/components/late-part'
import { ReportGate } from '@/components/report-gate'
import { ScreenBoundary } from '@/components/screen-boundary'
import { loadCode } from '@/lib/code-load/load-code'
import { useSeveralReports } from '@/lib/data/use-several-reports'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { headlinesOf } from '@/lib/report-model/headlines'
import { useActualsHint } from '../hooks/use-actuals-hint'
import { messages } from '../i18n'
import { kpiCards, rateDomain } from '../model/kpi-cards'
import { HeadlineTile } from './headline-tile'
import { KpiCard } from './kpi-card'
import { LegendCard } from './legend-card'

// The year's figures come with the store: loaded only for a user who has some (the hint says so).
// Code that does not arrive costs only these parts: a word in each card's row, the message (with
// Reload) in the legend card; the report's figures stay.
const KpiStatus = lazy(() => loadCode(() => import('./kpi-status')).then((m) => ({ default: m.KpiStatus })))
// A county's other years come with their reports: loaded only when there is more than one report.
const KpiTrend = lazy(() => loadCode(() => import('./kpi-trend')).then((m) => ({ default: m.KpiTrend })))
const StatusNote = lazy(() =>
  loadCode(() => import('./status-note')).then((m) => ({ default: m.StatusNote })),
)

// The band of areas' figures under the cards, on a screen large enough to leave room for it: loaded
// after the page is up (its code and words are a chunk of their own), it decides itself whether to show.
const loadBand = () => import('../band/areas-band').then((m) => m.AreasBand)

export function OverviewPage() {
  return <ReportGate>{(report) => <OverviewBoard report={report} />}</ReportGate>
}

/** One screen, no scrolling at 1366×768 or 1920×1080: seven indicator cards and the headline counts. */
function OverviewBoard({ report }: { report: Report }) {
  const { t, lang } = useT(messages)
  const cards = useMemo(() => kpiCards(report), [report])
  const tiles = headlinesOf(report)
  const domain = useMemo(() => rateDomain(report.indicators), [report])
  const monitored = useActualsHint(report.id)
  const several = useSeveralReports()
  const Band = useLatePart(loadBand)
  return (
    <div className="mx-auto flex max-w-[1840px] flex-col gap-2 2xl:gap-4">
      <header className="flex flex-wrap items-baseline gap-x-3">
        <h1 className="font-bold text-xl 2xl:text-4xl [.projector_&]:2xl:text-3xl">{report.title[lang]}</h1>
        <p className="text-muted text-sm 2xl:text-lg">
          {t('title')} ·{' '}
          {t('subtitle', {
            province: report.province[lang],
            county: report.county[lang],
            review: report.year - 1,
            plan: report.year,
          })}
        </p>
      </header>
      <section aria-labelledby="overview-indicators">
        <h2 id="overview-indicators" className="sr-only">
          {t('indicators')}
        </h2>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4 2xl:gap-4">
          {cards.map((card) => (
            <HydrationUnit key={card.id}>
              <KpiCard
                card={card}
                report={report}
                status={
                  monitored ? (
                    <ScreenBoundary variant="line">
                      <Suspense fallback={null}>
                        <KpiStatus report={report} id={card.id} />
                      </Suspense>
                    </ScreenBoundary>
                  ) : undefined
                }
                trend={
                  several ? (
                    <ScreenBoundary variant="line">
                      <Suspense fallback={null}>
                        <KpiTrend report={report} id={card.id} />
                      </Suspense>
                    </ScreenBoundary>
                  ) : undefined
                }
              />
            </HydrationUnit>
          ))}
          <LegendCard
            year={report.year}
            domain={domain}
            indicators={report.indicators}
            stretch={cards.find((c) => c.stretch)}
            extra={
              monitored ? (
                <ScreenBoundary variant="inline">
                  <Suspense fallback={null}>
                    <StatusNote report={report} />
                  </Suspense>
                </ScreenBoundary>
              ) : undefined
            }
          />
        </div>
      </section>
      <section aria-labelledby="overview-headlines">
        <h2 id="overview-headlines" className="sr-only">
          {t('headlines.label')}
        </h2>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5 2xl:gap-4">
          {tiles.map((tile) => (
            <HydrationUnit key={tile.key}>
              <HeadlineTile tile={tile} />
            </HydrationUnit>
          ))}
        </div>
      </section>
      {Band && <Band report={report} />}
    </div>
  )
}
