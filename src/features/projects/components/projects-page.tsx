import { memo, useMemo } from 'react'
import { ParamNotice } from '@/components/notice'
import { Panel } from '@/components/panel'
import { ReportGate } from '@/components/report-gate'
import type { Report, Sector, Stage } from '@/lib/dataset/schema'
import type { Lang } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import { reportModel } from '@/lib/report-model'
import { messages } from '../i18n'
import { ProjectsScreen } from '../ledger/projects-screen'
import type { Filters } from '../model/filter-spec'
import { toggle } from '../model/group'
import type { Row } from '../model/rows'
import { investmentComparison, pipelineRows } from '../model/totals'
import { sectorBarsOf, stageBarsOf } from '../model/view'
import { SectorChart, StageChart } from './charts'
import { EmptyState } from './empty-state'
import { ExportButton } from './export-button'
import { FilterBar } from './filter-bar'
import { FilterChips } from './filter-chips'
import { PipelinePanel } from './pipeline-panel'
import { ProjectTable } from './project-table'
import { TotalsPanel } from './totals-panel'
import { useLatest, useProjectsView } from './use-projects-view'

export function ProjectsPage() {
  return (
    <ReportGate>
      {(report) => <ProjectsScreen report={report} reportExplorer={<ProjectsExplorer report={report} />} />}
    </ReportGate>
  )
}

/** The report's named projects (the screen's header and the county's ledger are ProjectsScreen's). */
function ProjectsExplorer({ report }: { report: Report }) {
  const { t, lang } = useT(messages)
  const search = useProjectsView(report)
  const { list, deferred, rows } = search
  const statedInvestments = reportModel(report).projects.withInvestment
  const onSector = useLatest((s: Sector) => search.update({ sector: toggle(search.filters.sector, s) }))
  const onStage = useLatest((s: Stage) => search.update({ stage: toggle(search.filters.stage, s) }))
  const onMeasure = useLatest((by: 'investment' | 'count') => search.update({ by }))
  return (
    <div className="flex flex-col gap-3">
      <ParamNotice rejected={search.rejected} />
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-[15rem_minmax(0,1fr)]">
        <aside className="card self-start p-3 lg:sticky lg:top-2">
          <FilterBar search={search} statedInvestments={statedInvestments} />
        </aside>
        <div className="flex min-w-0 flex-col gap-3">
          <FilterChips search={search} />
          <Overview
            report={report}
            rows={rows}
            filters={deferred.filters}
            visible={deferred.visible}
            lang={lang}
            by={search.values.by}
            onSector={onSector}
            onStage={onStage}
            onMeasure={onMeasure}
          />
          <Panel
            title={
              <span role="status" aria-live="polite" data-testid="result-count">
                {t('results', { shown: list.visible.length, total: list.total })}
              </span>
            }
            actions={<ExportButton report={report} rows={list.visible} />}
          >
            {list.empty ? (
              <EmptyState reason={list.empty} search={search} />
            ) : (
              <ProjectTable rows={list.visible} report={report} search={search} />
            )}
          </Panel>
          <Totals report={report} visible={deferred.visible} />
        </div>
      </div>
    </div>
  )
}

type OverviewProps = {
  report: Report
  rows: readonly Row[]
  /** Deferred: these follow the table, they never hold it up. */
  filters: Filters
  visible: readonly Row[]
  lang: Lang
  by: 'investment' | 'count'
  onSector: (s: Sector) => void
  onStage: (s: Stage) => void
  onMeasure: (by: 'investment' | 'count') => void
}

/** The charts row. Memoised on deferred values and stable handlers: the urgent render skips it. */
const Overview = memo(function Overview(p: OverviewProps) {
  const source = p.report.title[p.lang]
  return (
    <div className="grid grid-cols-1 gap-3 xl:grid-cols-3">
      <SectorBars {...p} source={source} />
      <StageBars {...p} source={source} />
      <Pipeline report={p.report} visible={p.visible} selected={p.filters.stage} onSelect={p.onStage} />
    </div>
  )
})

// One component per chart, each computing its own model: a deferred render yields between them.

function SectorBars({
  rows,
  filters,
  lang,
  by,
  source,
  onSector,
  onMeasure,
}: OverviewProps & { source: string }) {
  const bars = useMemo(() => sectorBarsOf(rows, filters, lang), [rows, filters, lang])
  return <SectorChart bars={bars} by={by} source={source} onSelect={onSector} onMeasure={onMeasure} />
}

function StageBars({ rows, filters, lang, source, onStage }: OverviewProps & { source: string }) {
  const bars = useMemo(() => stageBarsOf(rows, filters, lang), [rows, filters, lang])
  return <StageChart bars={bars} source={source} onSelect={onStage} />
}

type PipelineProps = {
  report: Report
  visible: readonly Row[]
  selected: Stage[]
  onSelect: (s: Stage) => void
}

function Pipeline({ report, visible, selected, onSelect }: PipelineProps) {
  const pipeline = useMemo(() => pipelineRows(report, visible), [report, visible])
  return <PipelinePanel report={report} pipeline={pipeline} selected={selected} onSelect={onSelect} />
}

const Totals = memo(function Totals({ report, visible }: { report: Report; visible: readonly Row[] }) {
  const investment = useMemo(() => investmentComparison(report, visible), [report, visible])
  return <TotalsPanel report={report} investment={investment} />
})
