import { useMemo, useState } from 'react'
import { ParamNotice } from '@/components/notice'
import { ReportGate } from '@/components/report-gate'
import { LightIcon, periodText, StatusLegend, statusMessages } from '@/components/status'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import type { Board, BoardRow } from '@/lib/monitoring/board'
import { useBoard } from '@/lib/monitoring/use-board'
import { monitorSpec } from '@/lib/routes/specs'
import { useSearchState } from '@/lib/routes/use-search-state'
import { SEVERITY } from '@/lib/status/rules'
import { useExamples } from '../hooks/use-examples'
import { useImport } from '../hooks/use-import'
import { messages } from '../i18n'
import { BoardTable } from './board-table'
import { EmptyState } from './empty-state'
import { EntryGrid } from './entry-grid'
import { ExampleNotice } from './example-notice'
import { ImportFlow } from './import-flow'
import { RedList } from './red-list'
import { RulesPanel } from './rules-panel'
import { Toolbar } from './toolbar'

export function MonitorPage() {
  return <ReportGate>{(report) => <MonitorScreen report={report} />}</ReportGate>
}

/** Worst first: red, yellow, then no light, then green; within a light, the furthest behind first. */
function byStatus(rows: BoardRow[]): BoardRow[] {
  const rank = (r: BoardRow) => (r.status.light === null ? 0.5 : 2 - SEVERITY[r.status.light])
  const gap = (r: BoardRow) => (r.status.light === null ? 0 : r.status.gap)
  return [...rows].sort((a, b) => rank(a) - rank(b) || gap(a) - gap(b))
}

function Counts({ board }: { board: Board }) {
  const s = useT(statusMessages).t
  return (
    <p className="flex flex-wrap items-center gap-x-3 text-sm" data-counts="">
      {(['red', 'yellow', 'green'] as const).map((l) => (
        <span key={l} className="inline-flex items-center gap-1">
          <LightIcon light={l} />
          {s(`light.${l}`)} <strong className="tabular-nums">{board.counts[l]}</strong>
        </span>
      ))}
      {board.counts.none > 0 && (
        <span className="inline-flex items-center gap-1 text-muted">
          <LightIcon light={null} />
          {s('none.no-actual')} <strong className="tabular-nums">{board.counts.none}</strong>
        </span>
      )}
    </p>
  )
}

/** #/monitor: every 2023 target with its latest figure and light, the red list, getting figures in. */
function MonitorScreen({ report }: { report: Report }) {
  const { t } = useT(messages)
  const s = useT(statusMessages).t
  const { values: view, rejected, update } = useSearchState(monitorSpec)
  const state = useBoard(report)
  const [panel, setPanel] = useState<'none' | 'entry' | 'rules'>('none')
  const ready = state.status === 'ready' ? state : null
  const kept = ready && ready.board.layer === 'real' ? ready.values : []
  const flow = useImport(report, kept)
  const examples = useExamples(report)
  const rows = useMemo(
    () => (ready ? (view.order === 'status' ? byStatus(ready.board.rows) : ready.board.rows) : []),
    [ready, view.order],
  )
  const toggle = (p: 'entry' | 'rules') => setPanel((cur) => (cur === p ? 'none' : p))

  return (
    <div className="mx-auto flex max-w-[1840px] flex-col gap-2">
      <ParamNotice rejected={rejected} />
      <header className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h1 className="font-bold text-xl">{t('title', { year: report.year })}</h1>
        {ready?.board.asOf && (
          <p className="text-muted text-sm">
            {s('period.asOf', { period: periodText(s, ready.board.asOf) })}
          </p>
        )}
        {ready?.board.hasData && <Counts board={ready.board} />}
      </header>
      {ready && (ready.board.layer === 'example' || ready.examplesHidden) && (
        <ExampleNotice
          hidden={ready.examplesHidden}
          busy={examples.busy}
          onRemove={() => void examples.remove()}
        />
      )}
      <Toolbar
        report={report}
        busy={flow.state.step === 'reading' || (flow.state.step === 'preview' && flow.state.saving)}
        onFile={(file) => void flow.openFile(file)}
        onEntry={() => toggle('entry')}
        onRules={() => toggle('rules')}
        shown={
          ready?.board.hasData
            ? { values: ready.values, thresholds: ready.board.thresholds, layer: ready.board.layer }
            : undefined
        }
      />
      <ImportFlow flow={flow} report={report} />
      {panel === 'entry' && (
        <EntryGrid
          report={report}
          onCheck={(sheet, name) => void flow.openSheet(sheet, name)}
          onClose={() => setPanel('none')}
        />
      )}
      {panel === 'rules' && ready && (
        <RulesPanel thresholds={ready.board.thresholds} onClose={() => setPanel('none')} />
      )}
      {examples.error && (
        <p role="alert" className="text-danger text-sm">
          {t('example.failed', { detail: examples.error })}
        </p>
      )}
      {state.status === 'pending' && (
        <p role="status" className="p-4 text-muted">
          {t('loading')}
        </p>
      )}
      {state.status === 'error' && (
        <p role="alert" className="text-danger">
          {t('loadFailed', { detail: state.error.message })}
        </p>
      )}
      {ready && !ready.board.hasData && (
        <EmptyState
          year={report.year}
          busy={examples.busy}
          onExample={() => void examples.load()}
          onEntry={() => setPanel('entry')}
        />
      )}
      {ready?.board.hasData && (
        <div className="grid grid-cols-1 gap-2 xl:grid-cols-[minmax(0,1fr)_20rem] 2xl:grid-cols-[minmax(0,1fr)_26rem]">
          <div className="flex min-w-0 flex-col gap-1">
            <div className="flex items-center justify-between gap-2">
              <h2 className="font-semibold text-base">{t('board.title', { year: ready.board.year })}</h2>
              <label className="flex items-center gap-1 text-sm">
                <span className="text-muted">{t('board.order')}</span>
                <select
                  className="rounded border border-line bg-card px-1 py-0.5"
                  value={view.order}
                  onChange={(e) =>
                    update({ order: e.target.value as 'report' | 'status' }, { replace: true })
                  }
                >
                  <option value="report">{t('board.orderReport')}</option>
                  <option value="status">{t('board.orderStatus')}</option>
                </select>
              </label>
            </div>
            <BoardTable board={ready.board} rows={rows} />
            <p className="text-muted text-xs">{t('board.trendNote')}</p>
          </div>
          <aside className="flex min-w-0 flex-col gap-2">
            <RedList board={ready.board} />
            <section className="card p-3 text-xs" aria-label={s('legend.title')}>
              <StatusLegend thresholds={ready.board.thresholds} />
              <button type="button" className="link mt-1 text-xs" onClick={() => toggle('rules')}>
                {t('toolbar.rules')} →
              </button>
            </section>
          </aside>
        </div>
      )}
    </div>
  )
}
