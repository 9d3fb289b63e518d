import { Fragment, useState } from 'react'
import { Quantity } from '@/components/quantity'
import { periodText, SourceDetails, StatusLight, statusMessages, unitOf } from '@/components/status'
import { useT } from '@/lib/i18n'
import type { BoardRow } from '@/lib/monitoring/board'
import { growthStatus, progressStatus } from '@/lib/status/rules'
import type { Thresholds } from '@/lib/status/thresholds'
import type { ActualValue, Layer } from '@/lib/store'
import { authorOrUndefined } from '@/lib/user-data/author'
import { userStore } from '@/lib/user-data/open'
import { messages } from '../i18n'
import { EditFigure } from './edit-figure'
import { ValueHistory } from './value-history'

type Props = {
  reportId: string
  planYear: number
  row: BoardRow
  values: ActualValue[]
  layer: Layer
  thresholds: Thresholds
}

/**
 * Every stored figure of one target, newest period first, each with where it came from (file, sheet,
 * row, or typed by whom), when, its light as of that period, and its history with undo.
 */
export function ValuesTable({ reportId, planYear, row, values, layer, thresholds }: Props) {
  const { t } = useT(messages)
  const s = useT(statusMessages).t
  const [open, setOpen] = useState<string | null>(null)
  const [editing, setEditing] = useState<string | 'new' | null>(null)
  const [cleared, setCleared] = useState<ActualValue['period'] | null>(null)
  const [failed, setFailed] = useState(false)
  // A cleared figure leaves the table: its undo is offered here, from the history of that period.
  const undoClear = async () => {
    if (!cleared) return
    setFailed(false)
    try {
      const store = await userStore()
      const history = await store.actuals.history({
        reportId,
        indicatorId: row.target.id,
        period: cleared,
        layer,
      })
      const last = history.find((h) => h.state === 'cleared')
      if (last) await store.actuals.undoChange(last.changeId, authorOrUndefined())
      setCleared(null)
    } catch {
      setFailed(true)
    }
  }
  const target = row.target
  const readOnly = layer === 'example'
  const statusAt = (v: ActualValue) =>
    v.period.year !== planYear
      ? null
      : target.kind === 'growth'
        ? growthStatus(v.growth, target.target.value, thresholds)
        : progressStatus(
            {
              cumulative: v.value,
              target: target.target.value,
              month: v.period.month,
              actualUnit: unitOf(v.unit, target.unit),
              targetUnit: target.unit,
            },
            thresholds,
          )
  return (
    <section className="card flex flex-col gap-2 p-3" aria-labelledby="monitor-values">
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="monitor-values" className="font-semibold text-base">
          {t('values.title')}
        </h2>
        {!readOnly && (
          <button type="button" className="btn" onClick={() => setEditing(editing === 'new' ? null : 'new')}>
            {t('values.add')}
          </button>
        )}
      </header>
      {readOnly && <p className="text-muted text-sm">{t('values.exampleReadOnly')}</p>}
      {cleared && (
        <p role="status" className="flex flex-wrap items-center gap-2 text-sm">
          {t('values.cleared', { period: periodText(s, cleared) })}
          <button type="button" className="btn" onClick={() => void undoClear()}>
            {t('history.undo')}
          </button>
          {failed && <span className="text-danger">{t('history.failed')}</span>}
        </p>
      )}
      {editing === 'new' && (
        <EditFigure reportId={reportId} target={target} year={planYear} onDone={() => setEditing(null)} />
      )}
      {values.length === 0 ? (
        <p className="text-muted text-sm">{t('values.none')}</p>
      ) : (
        <table className="w-full border-collapse text-sm" data-values="">
          <caption className="sr-only">{t('values.title')}</caption>
          <thead className="text-left text-muted text-xs">
            <tr className="border-line border-b">
              <th scope="col" className="px-2 py-1 font-medium">
                {t('board.period')}
              </th>
              <th scope="col" className="px-2 py-1 text-right font-medium">
                {t('board.level')}
              </th>
              <th scope="col" className="px-2 py-1 text-right font-medium">
                {t('import.growth')}
              </th>
              <th scope="col" className="px-2 py-1 font-medium">
                {t('board.status')}
              </th>
              <th scope="col" className="px-2 py-1 font-medium">
                {t('values.source')}
              </th>
              <th scope="col" className="px-2 py-1 font-medium">
                <span className="sr-only">{t('values.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {values.map((v) => {
              const key = `${v.period.year}-${v.period.month}`
              const unit = unitOf(v.unit, target.unit)
              const status = statusAt(v)
              return (
                <Fragment key={key}>
                  <tr className="border-line border-t align-top" data-value-row={key}>
                    <th scope="row" className="whitespace-nowrap px-2 py-1 text-left font-medium">
                      {periodText(s, v.period)}
                    </th>
                    <td className="whitespace-nowrap px-2 py-1 text-right tabular-nums">
                      {v.value !== undefined && unit ? <Quantity value={v.value} unit={unit} /> : '—'}
                    </td>
                    <td className="whitespace-nowrap px-2 py-1 text-right tabular-nums">
                      {v.growth !== undefined ? <Quantity value={v.growth} unit="%" rate /> : '—'}
                    </td>
                    <td className="whitespace-nowrap px-2 py-1">
                      {status ? <StatusLight status={status} /> : '—'}
                    </td>
                    <td className="px-2 py-1 text-xs">
                      <SourceDetails source={v.source} />
                    </td>
                    <td className="whitespace-nowrap px-2 py-1 text-right">
                      <button
                        type="button"
                        className="link text-xs"
                        aria-expanded={open === key}
                        onClick={() => setOpen(open === key ? null : key)}
                      >
                        {t('values.history')}
                      </button>
                      {!readOnly && (
                        <button
                          type="button"
                          className="link ml-2 text-xs"
                          onClick={() => setEditing(editing === key ? null : key)}
                        >
                          {t('values.edit')}
                        </button>
                      )}
                    </td>
                  </tr>
                  {(open === key || editing === key) && (
                    <tr>
                      <td colSpan={6} className="px-2 pb-2">
                        {editing === key && (
                          <EditFigure
                            reportId={reportId}
                            target={target}
                            year={v.period.year}
                            current={v}
                            onDone={(how) => {
                              setEditing(null)
                              if (how === 'cleared') setCleared(v.period)
                            }}
                          />
                        )}
                        {open === key && (
                          <ValueHistory
                            reportId={reportId}
                            indicatorId={target.id}
                            period={v.period}
                            layer={layer}
                            unit={target.unit}
                            readOnly={readOnly}
                          />
                        )}
                      </td>
                    </tr>
                  )}
                </Fragment>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
