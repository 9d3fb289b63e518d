import { lazy, Suspense, useMemo, useState } from 'react'
import { ReportGate } from '@/components/report-gate'
import { RouteLink } from '@/components/route-link'
import { ScreenBoundary } from '@/components/screen-boundary'
import { loadCode } from '@/lib/code-load/load-code'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { routes } from '@/lib/routes/routes'
import { hasActuals, hasLedger } from '@/lib/user-data/hint'
import { messages } from '../i18n'
import { areaIndex } from '../model/area-index'
import type { AreaMonitor, AreaStatus } from '../model/area-status'
import { AreaCard } from './area-card'
import { LeadRuleNote } from './lead-rule-note'

// The store and the ledger join load only when the first-paint hint says this report has a ledger.
const LedgerStatusLoader = lazy(() =>
  loadCode(() => import('./ledger-status-loader')).then((m) => ({ default: m.LedgerStatusLoader })),
)

const ActualsStatusLoader = lazy(() =>
  loadCode(() => import('./actuals-status-loader')).then((m) => ({ default: m.ActualsStatusLoader })),
)

export function AreasPage() {
  return <ReportGate>{(report) => <AreaList report={report} />}</ReportGate>
}

// How each area did, on one screen: every card has figures or projects (the areas the report
// describes in words only are one line at the end), the whole width of a wide screen is used, and
// at 1920×1080 the index fits without scrolling (tests/e2e/areas-index.e2e.ts).
function AreaList({ report }: { report: Report }) {
  const { t, lang } = useT(messages)
  const index = useMemo(() => areaIndex(report), [report])
  const [status, setStatus] = useState<Map<string, AreaStatus> | null>(null)
  const [monitor, setMonitor] = useState<Map<string, AreaMonitor> | null>(null)
  const withLedger = hasLedger(report.id)
  const withActuals = hasActuals(report.id)
  return (
    <div className="mx-auto flex max-w-[120rem] flex-col gap-3">
      <header className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
        <div className="min-w-0">
          <h1 className="font-bold text-xl">{t('title')}</h1>
          <p className="text-muted text-sm">{t('introIndex', { review: report.year - 1 })}</p>
        </div>
        <LeadRuleNote />
      </header>
      <ul className="grid grid-cols-[repeat(auto-fill,minmax(min(100%,320px),1fr))] gap-2.5">
        {index.cards.map((card) => (
          <AreaCard
            key={card.area.id}
            card={card}
            report={report}
            status={status?.get(card.area.id)}
            monitor={monitor?.get(card.area.id)}
          />
        ))}
      </ul>
      {withLedger && (
        <ScreenBoundary variant="line">
          <Suspense fallback={null}>
            <LedgerStatusLoader report={report} onStatus={setStatus} />
          </Suspense>
        </ScreenBoundary>
      )}
      {withActuals && (
        <ScreenBoundary variant="line">
          <Suspense fallback={null}>
            <ActualsStatusLoader report={report} onMonitor={setMonitor} />
          </Suspense>
        </ScreenBoundary>
      )}
      {index.wordsOnly.length > 0 && (
        <p className="text-sm">
          <span className="font-medium">{t('alsoInReport')}</span>{' '}
          {index.wordsOnly.map((area, i) => (
            <span key={area.id}>
              {i > 0 && ' · '}
              <RouteLink to={routes.area(area.id)} className="link">
                {area.label[lang]}
              </RouteLink>
            </span>
          ))}
        </p>
      )}
    </div>
  )
}
