import { useMemo } from 'react'
import { ParamNotice } from '@/components/notice'
import { Panel } from '@/components/panel'
import type { Report, Sector } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { lightCounts } from '@/lib/ledger-model'
import { useLatest } from '../components/use-projects-view'
import { toggle } from '../model/group'
import { ExportLedger } from './export-ledger'
import { ledgerMessages } from './i18n'
import { JoinedCharts } from './joined-charts'
import { JoinedChips, JoinedEmpty } from './joined-chips'
import { JoinedFilterBar } from './joined-filter-bar'
import { JoinedTable } from './joined-table'
import { RedListPanel } from './red-list-panel'
import { StatusLegend } from './status-legend'
import { useJoinedView } from './use-joined-view'
import type { LedgerState } from './use-ledger'

/**
 * One project list: the county's ledger joined with the report's named projects, filtered by
 * township, responsible unit, status, 建设性质 and the report's own dimensions. Laid out as the
 * report's explorer (issue 16): the count beside the filters and the table first, above the fold; the
 * lights' legend, the charts of plan vs completed (cross-filtering) and the red list follow it, and
 * the status chips already carry the lights' counts. All view state is in the URL.
 */
export function JoinedExplorer({ report, ledger }: { report: Report; ledger: LedgerState }) {
  const { t, lang } = useT(ledgerMessages)
  const search = useJoinedView(ledger.list)
  const { visible, deferred, filters, update } = search
  const snapshot = ledger.data?.snapshot ?? null
  const source = snapshot
    ? t('charts.source', { file: snapshot.file, asOf: snapshot.asOf })
    : report.title[lang]
  const onSector = useLatest((s: Sector) => update({ sector: toggle(filters.sector, s) }))
  const onTown = useLatest((v: string) => update({ town: toggle(filters.town, v) }))
  const onUnit = useLatest((v: string) => update({ unit: toggle(filters.unit, v) }))
  const counts = useMemo(() => lightCounts(deferred.visible), [deferred.visible])
  return (
    <div className="grid grid-cols-1 gap-3 lg:grid-cols-[16rem_minmax(0,1fr)]">
      <aside className="card flex min-w-0 flex-col gap-3 self-start p-3 lg:sticky lg:top-2">
        <p
          role="status"
          aria-live="polite"
          data-testid="joined-count"
          className="m-0 rounded bg-page px-2 py-1 font-semibold text-sm"
        >
          {t('results', { shown: visible.length, total: search.rows.length })}
        </p>
        <JoinedFilterBar search={search} />
      </aside>
      <div className="flex min-w-0 flex-col gap-3">
        <ParamNotice rejected={search.rejected} />
        <JoinedChips filters={filters} update={update} />
        <Panel
          id="projects-list"
          title={
            <>
              {t('table.caption')}{' '}
              <span className="font-normal text-muted text-sm">
                {t('resultsShort', { shown: visible.length, total: search.rows.length })}
              </span>
            </>
          }
          actions={
            <ExportLedger
              rows={visible}
              snapshot={snapshot}
              title={t('export.title', { county: report.county[lang] })}
            />
          }
        >
          {visible.length === 0 ? (
            <JoinedEmpty rows={search.rows} filters={filters} update={update} />
          ) : (
            <JoinedTable rows={visible} search={search} snapshot={snapshot} />
          )}
        </Panel>
        {snapshot && <StatusLegend asOf={snapshot.asOf} thresholds={ledger.thresholds} counts={counts} />}
        <JoinedCharts
          rows={search.rows}
          filters={deferred.filters}
          source={source}
          onSector={onSector}
          onTown={onTown}
          onUnit={onUnit}
        />
        <RedListPanel rows={deferred.visible} view={search.view} />
      </div>
    </div>
  )
}
