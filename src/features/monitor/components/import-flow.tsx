import { useId, useState } from 'react'
import { ImportPreview, importMessages } from '@/components/import'
import { Notice } from '@/components/notice'
import { Quantity } from '@/components/quantity'
import { periodText, statusMessages, unitOf } from '@/components/status'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { monitorTargetsOf } from '@/lib/monitoring/monitored'
import type { ImportState, useImport } from '../hooks/use-import'
import { messages } from '../i18n'

type Flow = ReturnType<typeof useImport>

/** Above this many rows the preview opens on a summary by indicator; the rows are one click away. */
const DETAIL_ROWS = 40

type PreviewState = Extract<ImportState, { step: 'preview' }>
type Span = {
  id: string
  count: number
  first: { year: number; month: number }
  last: { year: number; month: number }
}

function summarize(rows: PreviewState['result']['rows']): Span[] {
  const out = new Map<string, Span>()
  const key = (p: { year: number; month: number }) => p.year * 100 + p.month
  for (const r of rows) {
    const g = out.get(r.indicatorId)
    if (!g) out.set(r.indicatorId, { id: r.indicatorId, count: 1, first: r.period, last: r.period })
    else {
      g.count++
      if (key(r.period) < key(g.first)) g.first = r.period
      if (key(r.period) > key(g.last)) g.last = r.period
    }
  }
  return [...out.values()]
}

/** What a long file holds, per indicator: how many figures, from which period to which. */
function AcceptedSummary({ report, state }: { report: Report; state: PreviewState }) {
  const { t, lang } = useT(messages)
  const s = useT(statusMessages).t
  const targets = new Map(monitorTargetsOf(report).map((x) => [x.id, x]))
  return (
    <div className="max-h-56 overflow-y-auto rounded border border-line">
      <table className="w-full border-collapse text-sm" data-accepted-rows="">
        <caption className="sr-only">{t('import.acceptedCaption')}</caption>
        <thead className="sticky top-0 bg-card text-left text-muted text-xs">
          <tr>
            <th scope="col" className="px-2 py-1 font-medium">
              {t('board.indicator')}
            </th>
            <th scope="col" className="px-2 py-1 text-right font-medium">
              {t('import.figures')}
            </th>
            <th scope="col" className="px-2 py-1 font-medium">
              {t('import.periods')}
            </th>
          </tr>
        </thead>
        <tbody>
          {summarize(state.result.rows).map((g) => (
            <tr key={g.id} className="border-line border-t">
              <th scope="row" className="px-2 py-0.5 text-left font-normal">
                {targets.get(g.id)?.label[lang] ?? g.id}
              </th>
              <td className="px-2 py-0.5 text-right tabular-nums">{g.count}</td>
              <td className="px-2 py-0.5">
                {periodText(s, g.first)} – {periodText(s, g.last)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The rows an import will write, as the reader understood them: a summary for a long file, every row on request. */
function AcceptedRows({ report, state }: { report: Report; state: PreviewState }) {
  const { t } = useT(messages)
  const [all, setAll] = useState(false)
  const count = state.result.rows.length
  if (count === 0) return null
  if (count <= DETAIL_ROWS) return <AcceptedTable report={report} state={state} />
  return (
    <div className="flex flex-col gap-1">
      {all ? (
        <AcceptedTable report={report} state={state} />
      ) : (
        <AcceptedSummary report={report} state={state} />
      )}
      <button type="button" className="link self-start text-xs" onClick={() => setAll((v) => !v)}>
        {all ? t('import.showSummary') : t('import.showAll', { count })}
      </button>
    </div>
  )
}

/** Every row an import will write: indicator, period, figures, and the file row it comes from. */
function AcceptedTable({ report, state }: { report: Report; state: PreviewState }) {
  const { t, lang } = useT(messages)
  const s = useT(statusMessages).t
  const targets = new Map(monitorTargetsOf(report).map((x) => [x.id, x]))
  return (
    <div className="max-h-56 overflow-y-auto rounded border border-line">
      <table className="w-full border-collapse text-sm" data-accepted-rows="">
        <caption className="sr-only">{t('import.acceptedCaption')}</caption>
        <thead className="sticky top-0 bg-card text-left text-muted text-xs">
          <tr>
            <th scope="col" className="px-2 py-1 font-medium">
              {t('import.row')}
            </th>
            <th scope="col" className="px-2 py-1 font-medium">
              {t('board.indicator')}
            </th>
            <th scope="col" className="px-2 py-1 font-medium">
              {t('board.period')}
            </th>
            <th scope="col" className="px-2 py-1 text-right font-medium">
              {t('board.level')}
            </th>
            <th scope="col" className="px-2 py-1 text-right font-medium">
              {t('import.growth')}
            </th>
          </tr>
        </thead>
        <tbody>
          {state.result.rows.map((r) => {
            const target = targets.get(r.indicatorId)
            const unit = unitOf(r.unit, target?.unit)
            return (
              <tr
                key={`${r.source.sheet}:${r.source.row}:${r.indicatorId}:${r.period.key}`}
                className="border-line border-t"
              >
                <td className="px-2 py-0.5 text-muted tabular-nums">
                  {state.sheets > 1 ? `${r.source.sheet} · ` : ''}
                  {r.source.row}
                </td>
                <td className="px-2 py-0.5">{target?.label[lang] ?? r.indicatorId}</td>
                <td className="px-2 py-0.5">{periodText(s, r.period)}</td>
                <td className="px-2 py-0.5 text-right">
                  {r.value !== undefined && unit ? <Quantity value={r.value} unit={unit} /> : '—'}
                </td>
                <td className="px-2 py-0.5 text-right">
                  {r.growth !== undefined ? <Quantity value={r.growth} unit="%" rate /> : '—'}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

/** A kept figure and the file disagree: the user says which one stands, never the order of events. */
function ConflictChoice({ flow, state }: { flow: Flow; state: Extract<ImportState, { step: 'preview' }> }) {
  const { t } = useT(messages)
  const name = useId()
  if (state.conflicts === 0) return null
  return (
    <fieldset className="flex flex-col gap-1 rounded border border-line p-2 text-sm" data-conflict-choice="">
      <legend className="px-1 font-semibold">{t('import.conflicts', { count: state.conflicts })}</legend>
      <label className="flex items-center gap-2">
        <input
          type="radio"
          name={name}
          checked={!state.replace}
          disabled={state.saving}
          onChange={() => void flow.setReplace(false)}
        />
        {t('import.keepSaved')}
      </label>
      <label className="flex items-center gap-2">
        <input
          type="radio"
          name={name}
          checked={state.replace}
          disabled={state.saving}
          onChange={() => void flow.setReplace(true)}
        />
        {t('import.takeFile')}
      </label>
    </fieldset>
  )
}

/** Reading, the preview, and what happened: every import goes through here, file or grid alike. */
export function ImportFlow({ flow, report }: { flow: Flow; report: Report }) {
  const { t } = useT(messages)
  const it = useT(importMessages).t
  const { state } = flow
  switch (state.step) {
    case 'idle':
      return null
    case 'reading':
      return (
        <p role="status" className="text-muted text-sm">
          {it('drop.busy', { name: state.name })}
        </p>
      )
    case 'failed':
      return (
        <div
          role="alert"
          className="flex flex-wrap items-center gap-2 rounded border border-danger p-2 text-sm"
        >
          <span className="text-danger">{it('drop.failed', { name: state.name, detail: state.detail })}</span>
          <button type="button" className="btn" onClick={flow.reset}>
            {t('import.close')}
          </button>
        </div>
      )
    case 'preview':
      return (
        <ImportPreview
          file={state.name}
          accepted={state.result.rows.length}
          issues={state.result.issues}
          sheets={state.sheets}
          busy={state.saving}
          onConfirm={() => void flow.confirm()}
          onCancel={flow.reset}
          options={<ConflictChoice flow={flow} state={state} />}
        >
          <AcceptedRows report={report} state={state} />
        </ImportPreview>
      )
    case 'done':
      return (
        <Notice tone="info" onDismiss={flow.reset}>
          <span
            className="flex flex-wrap items-center gap-2"
            data-import-done={state.undone ? 'undone' : 'done'}
          >
            {state.undone
              ? t('import.undone', { name: state.name })
              : t('import.done', { count: state.count, name: state.name })}
            <button type="button" className="btn" onClick={() => void flow.toggleUndo()}>
              {state.undone ? t('import.redo') : t('import.undo')}
            </button>
          </span>
        </Notice>
      )
  }
}
