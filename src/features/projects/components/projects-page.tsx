import { memo, type ReactNode, useMemo } from 'react'
import { ParamNotice } from '@/components/notice'
import { Panel } from '@/components/panel'
import { ReportGate } from '@/components/report-gate'
import { useTrailingValue } from '@/components/trailing-value'
import type { Report, Sector, Stage } from '@/lib/dataset/schema'
import type { Lang } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import { reportModel } from '@/lib/report-model'
import { messages } from '../i18n'
import { ProjectsScreen } from '../ledger/projects-screen'
import { sectorFacets, stageFacets } from '../model/facets'
import type { Filters } from '../model/filter-spec'
import type { SectorBar, StageBar } from '../model/group'
import { toggle } from '../model/group'
import type { Row } from '../model/rows'
import { investmentComparison, pipelineRows } from '../model/totals'
import { sectorBarsOf, stageBarsOf } from '../model/view'
import { SectorChart, StageChart } from './charts'
import { filterWords } from './clause-text'
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
  // Faceted counts, as the charts count (each dimension ignores its own filter): computed once per
  // change of the deferred filters (a sort leaves them, and the charts, alone) and shared by the
  // filter chips and the charts, so the two agree once settled. The charts, pipeline and totals get
  // them one render after the chips (`later`): a filter change's catch-up is two commits of a few
  // DOM changes each instead of one, which on a filtered link's load keeps each below a long task
  // (Lighthouse TBT of that link, median of 5 alternating runs: 83 → 62 ms).
  const sectorBars = useMemo(() => sectorBarsOf(rows, deferred.filters, lang), [rows, deferred.filters, lang])
  const stageBars = useMemo(() => stageBarsOf(rows, deferred.filters, lang), [rows, deferred.filters, lang])
  const later = useTrailingValue(
    useMemo(() => ({ ...deferred, sectorBars, stageBars }), [deferred, sectorBars, stageBars]),
  )
  const filterText = filterWords(search.filters, t, lang)
  return (
    <div className="flex flex-col gap-3">
      <ParamNotice rejected={search.rejected} />
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-[15rem_minmax(0,1fr)]">
        <aside className="card flex min-w-0 flex-col gap-3 self-start p-3 lg:sticky lg:top-2">
          <p
            role="status"
            aria-live="polite"
            data-testid="result-count"
            data-follows-query="blank"
            className="m-0 rounded bg-page px-2 py-1 font-semibold text-sm"
          >
            {t('results', { shown: list.visible.length, total: list.total })}
          </p>
          <FilterBar
            search={search}
            statedInvestments={statedInvestments}
            sectors={sectorFacets(sectorBars, deferred.filters.sector)}
            stages={stageFacets(stageBars, deferred.filters.stage)}
          />
        </aside>
        <div className="flex min-w-0 flex-col gap-3">
          <FilterChips search={search} />
          <Panel
            id="projects-list"
            title={
              <>
                {t('table.title')}{' '}
                <span className="font-normal text-muted text-sm" data-follows-query="blank">
                  {t('resultsShort', { shown: list.visible.length, total: list.total })}
                </span>
              </>
            }
            actions={<ExportButton report={report} rows={list.visible} filter={filterText} />}
          >
            {list.empty ? (
              <EmptyState reason={list.empty} search={search} />
            ) : (
              <ProjectTable rows={list.visible} report={report} search={search} />
            )}
          </Panel>
          {/* The whole list's charts and totals, each a part a filtered link's first paint leaves out
              until the app has counted (LeftOut). */}
          <div className="flex flex-col gap-3">
            <Overview
              report={report}
              sectorBars={later.sectorBars}
              stageBars={later.stageBars}
              filters={later.filters}
              visible={later.visible}
              lang={lang}
              by={search.values.by}
              onSector={onSector}
              onStage={onStage}
              onMeasure={onMeasure}
            />
            <LeftOut>
              <Totals report={report} visible={later.visible} />
            </LeftOut>
          </div>
        </div>
      </div>
    </div>
  )
}

type OverviewProps = {
  report: Report
  /** Deferred, like everything below: these follow the table, they never hold it up. */
  sectorBars: SectorBar[]
  stageBars: StageBar[]
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
  const { t } = useT(messages)
  const source = p.report.title[p.lang]
  // Each chart ignores its own dimension: an export names only the filters it is drawn under.
  const sectorFilter = filterWords(p.filters, t, p.lang, ['sector'])
  const stageFilter = filterWords(p.filters, t, p.lang, ['stage'])
  return (
    <div className="grid grid-cols-1 gap-3 xl:grid-cols-3">
      <LeftOut>
        <SectorChart
          bars={p.sectorBars}
          by={p.by}
          source={source}
          filter={sectorFilter}
          onSelect={p.onSector}
          onMeasure={p.onMeasure}
        />
      </LeftOut>
      <LeftOut>
        <StageChart bars={p.stageBars} source={source} filter={stageFilter} onSelect={p.onStage} />
      </LeftOut>
      <LeftOut>
        <Pipeline report={p.report} visible={p.visible} selected={p.filters.stage} onSelect={p.onStage} />
      </LeftOut>
    </div>
  )
})

/**
 * One part of the whole list's numbers, which a filtered link's first paint leaves out until the app
 * has counted (../model/first-paint.ts), and which then comes back in a frame of its own
 * (src/app/prerender/hydrate.ts). Nothing follows the parts, so nothing moves. A box only for that
 * rule: in the layout, its child stands in its place.
 */
function LeftOut({ children }: { children: ReactNode }) {
  return (
    <div className="contents" data-follows-query="part">
      {children}
    </div>
  )
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
