import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Quantity } from '@/components/quantity'
import { formatStamp, statusMessages, unitOf } from '@/components/status'
import type { Unit } from '@/lib/format/units'
import { useT } from '@/lib/i18n'
import type { Layer, Period } from '@/lib/store'
import { authorOrUndefined } from '@/lib/user-data/author'
import { userStore } from '@/lib/user-data/open'
import { historyQueryOptions } from '@/lib/user-data/queries'
import { messages } from '../i18n'

type Props = {
  reportId: string
  indicatorId: string
  period: Period
  layer: Layer
  unit?: Unit | undefined
  /** Example figures are not edited: no undo offered. */
  readOnly: boolean
}

/**
 * Every change of one figure, newest first: what it was, where it came from, who and when, and what
 * became of it (current, replaced, undone). The current change can be undone and an undone one
 * brought back; nothing is ever deleted.
 */
export function ValueHistory({ reportId, indicatorId, period, layer, unit, readOnly }: Props) {
  const { t } = useT(messages)
  const s = useT(statusMessages).t
  const q = useQuery(historyQueryOptions({ reportId, indicatorId, layer }))
  const [failed, setFailed] = useState(false)
  const entries = (q.data ?? []).filter(
    (h) => h.period.year === period.year && h.period.month === period.month,
  )
  const act = (op: 'undo' | 'redo', id: string) => async () => {
    setFailed(false)
    try {
      const store = await userStore()
      if (op === 'undo') await store.actuals.undoChange(id, authorOrUndefined())
      else await store.actuals.redoChange(id, authorOrUndefined())
    } catch {
      setFailed(true)
    }
  }
  if (q.isPending) return <p className="text-muted text-xs">{t('loading')}</p>
  return (
    <div className="flex flex-col gap-1">
      <ol className="flex flex-col gap-1 text-xs" data-history="">
        {entries.map((h) => {
          const u = unitOf(h.unit, unit)
          return (
            <li key={h.changeId} className="flex flex-wrap items-center gap-x-2" data-state={h.state}>
              <span className="badge">{t(`history.state.${h.state}`)}</span>
              <span>
                {h.value !== undefined && u ? <Quantity value={h.value} unit={u} /> : null}
                {h.value !== undefined && h.growth !== undefined ? ' · ' : null}
                {h.growth !== undefined ? <Quantity value={h.growth} unit="%" rate /> : null}
                {h.value === undefined && h.growth === undefined ? t('history.cleared') : null}
              </span>
              <span className="text-muted">
                {s(`source.${h.source.kind}`)}
                {h.source.kind === 'import' && h.source.file ? ` · ${h.source.file}` : ''}
                {h.source.sheet ? ` · ${h.source.sheet}` : ''}
                {h.source.row !== undefined && h.source.kind === 'import'
                  ? ` · ${s('source.rowValue', { row: h.source.row })}`
                  : ''}
                {` · ${formatStamp(h.source.at)} · ${h.source.by ?? s('source.anonymous')}`}
              </span>
              {h.note && <span className="text-muted">“{h.note}”</span>}
              {!readOnly && (h.state === 'current' || h.state === 'cleared') && (
                <button type="button" className="link" onClick={() => void act('undo', h.changeId)()}>
                  {t('history.undo')}
                </button>
              )}
              {!readOnly && h.state === 'undone' && (
                <button type="button" className="link" onClick={() => void act('redo', h.changeId)()}>
                  {t('history.redo')}
                </button>
              )}
            </li>
          )
        })}
      </ol>
      {entries.some((h) => h.state === 'import-undone') && (
        <p className="text-muted text-xs">{t('history.importUndoneHint')}</p>
      )}
      {failed && (
        <p role="alert" className="text-danger text-xs">
          {t('history.failed')}
        </p>
      )}
    </div>
  )
}
