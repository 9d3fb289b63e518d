import { lazy, Suspense } from 'react'
import { ParamNotice } from '@/components/notice'
import { ReportGate } from '@/components/report-gate'
import { ScreenBoundary } from '@/components/screen-boundary'
import { loadCode } from '@/lib/code-load/load-code'
import { useSeveralReports } from '@/lib/data/use-several-reports'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { reportModel } from '@/lib/report-model'
import { targetsSpec } from '@/lib/routes/specs'
import { useSearchState } from '@/lib/routes/use-search-state'
import { messages } from '../i18n'
import { GrowthChart } from './growth-chart'
import { PlanTasks } from './plan-tasks'
import { QuantityTargets } from './quantity-targets'
import { TargetsTable } from './targets-table'

// The county's other years come with their reports: loaded only when there is more than one report.
const YearsSection = lazy(() =>
  loadCode(() => import('./years-section')).then((m) => ({ default: m.YearsSection })),
)

export function TargetsPage() {
  return <ReportGate>{(report) => <TargetsBoard report={report} />}</ReportGate>
}

function TargetsBoard({ report }: { report: Report }) {
  const { t } = useT(messages)
  const { values, rejected, update } = useSearchState(targetsSpec)
  const rows = reportModel(report).indicators
  const years = { review: report.year - 1, year: report.year }
  const several = useSeveralReports()
  return (
    <div className="screen-col flex flex-col gap-3">
      <header>
        <h1 className="font-bold text-xl">{t('title', years)}</h1>
        <p className="text-muted text-sm">{t('intro', years)}</p>
      </header>
      <ParamNotice rejected={rejected} />
      {/* From 1536 px wide the chart stands beside its table (one look compares the drawing and the
          figures), and the quantity targets fill the rest of the chart's height under the table. The
          order on screen is the order in the page (and of the Tab key) at every width. */}
      <div className="grid items-start gap-3 [grid-template-areas:'chart''table''qty''tasks''years'] lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)] lg:[grid-template-areas:'chart_chart''table_table''qty_tasks''years_years'] 2xl:grid-cols-2 2xl:[grid-template-areas:'chart_table''chart_qty''tasks_tasks''years_years']">
        <div className="min-w-0 [grid-area:chart]">
          <GrowthChart
            report={report}
            rows={rows}
            view={values.view}
            onViewChange={(view) => update({ view })}
          />
        </div>
        <div className="min-w-0 [grid-area:table]">
          <TargetsTable
            report={report}
            rows={rows}
            order={{ sort: values.sort, dir: values.dir }}
            onSort={(order) => update(order)}
          />
        </div>
        <div className="min-w-0 self-stretch [grid-area:qty] 2xl:self-start">
          <QuantityTargets report={report} />
        </div>
        <div className="min-w-0 self-stretch [grid-area:tasks]">
          <PlanTasks report={report} />
        </div>
        {several && (
          <div className="min-w-0 [grid-area:years]">
            <ScreenBoundary variant="inline">
              <Suspense fallback={null}>
                <YearsSection report={report} />
              </Suspense>
            </ScreenBoundary>
          </div>
        )}
      </div>
    </div>
  )
}
