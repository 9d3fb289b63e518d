import { ParamNotice } from '@/components/notice'
import { Panel } from '@/components/panel'
import { ReportGate } from '@/components/report-gate'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { SectorChart, StageChart } from './charts'
import { EmptyState } from './empty-state'
import { ExportButton } from './export-button'
import { FilterBar } from './filter-bar'
import { FilterChips } from './filter-chips'
import { PipelinePanel } from './pipeline-panel'
import { ProjectTable } from './project-table'
import { TotalsPanel } from './totals-panel'
import { useProjectsView } from './use-projects-view'

export function ProjectsPage() {
  return <ReportGate>{(report) => <ProjectsExplorer report={report} />}</ReportGate>
}

function ProjectsExplorer({ report }: { report: Report }) {
  const { t } = useT('projects')
  const search = useProjectsView(report)
  const { view } = search
  const statedInvestments = report.projects.filter((p) => p.investment).length
  return (
    <div className="flex flex-col gap-3">
      <header className="flex flex-wrap items-baseline gap-x-3">
        <h1 className="font-bold text-xl">{t('title')}</h1>
        <p className="text-[var(--muted)] text-sm">{t('intro')}</p>
      </header>
      <ParamNotice rejected={search.rejected} />
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-[15rem_minmax(0,1fr)]">
        <aside className="card self-start p-3 lg:sticky lg:top-2">
          <FilterBar search={search} statedInvestments={statedInvestments} />
        </aside>
        <div className="flex min-w-0 flex-col gap-3">
          <FilterChips search={search} />
          <div className="grid grid-cols-1 gap-3 xl:grid-cols-3">
            <SectorChart view={view} search={search} />
            <StageChart view={view} search={search} />
            <PipelinePanel view={view} search={search} />
          </div>
          <Panel
            title={
              <span role="status" aria-live="polite" data-testid="result-count">
                {t('results', { shown: view.visible.length, total: view.total })}
              </span>
            }
            actions={<ExportButton report={report} rows={view.visible} />}
          >
            {view.empty ? (
              <EmptyState reason={view.empty} search={search} />
            ) : (
              <ProjectTable rows={view.visible} report={report} search={search} />
            )}
          </Panel>
          <TotalsPanel report={report} view={view} />
        </div>
      </div>
    </div>
  )
}
