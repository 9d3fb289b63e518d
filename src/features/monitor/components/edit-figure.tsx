import { useId, useState } from 'react'
import { periodText, statusMessages } from '@/components/status'
import { useT } from '@/lib/i18n'
import { parseNumber } from '@/lib/imports/parse-number'
import type { MonitorTarget } from '@/lib/monitoring/monitored'
import { publishedMonths } from '@/lib/monitoring/monitored'
import type { ActualValue } from '@/lib/store'
import { authorOrUndefined } from '@/lib/user-data/author'
import { userStore } from '@/lib/user-data/open'
import { messages } from '../i18n'

type Props = {
  reportId: string
  target: MonitorTarget
  year: number
  /** The figure being corrected; absent to add a period. */
  current?: ActualValue | undefined
  /** Called when the form closes: after a save, a clear, or cancel. */
  onDone: (how: 'saved' | 'cleared' | 'cancelled') => void
}

/** A typed number as the importer reads one (full-width digits, 1,234.5, −3): blank is no figure. */
const read = (text: string): { ok: true; value: number | undefined } | { ok: false } => {
  if (text.trim() === '') return { ok: true, value: undefined }
  const n = parseNumber(text.trim())
  return n.kind === 'number' && n.unit === undefined ? { ok: true, value: n.value } : { ok: false }
}

/**
 * Corrects one figure by hand (or adds a period): a new change record with the user's name; the old
 * value stays in the history and the edit can be undone there. Clearing is a change too.
 */
export function EditFigure({ reportId, target, year, current, onDone }: Props) {
  const { t } = useT(messages)
  const s = useT(statusMessages).t
  const ids = useId()
  const [month, setMonth] = useState(current?.period.month ?? publishedMonths(target.frequency)[0] ?? 1)
  const [value, setValue] = useState(current?.value === undefined ? '' : String(current.value))
  const [growth, setGrowth] = useState(current?.growth === undefined ? '' : String(current.growth))
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const v = read(value)
  const g = read(growth)
  const valid = v.ok && g.ok && (v.value !== undefined || g.value !== undefined)
  const period = { year, month }
  const save = async () => {
    if (!v.ok || !g.ok) return
    setError(null)
    try {
      await (await userStore()).actuals.set({
        reportId,
        indicatorId: target.id,
        period,
        value: v.value,
        unit: v.value === undefined ? undefined : (current?.unit ?? target.unit),
        growth: g.value,
        note: note.trim() || undefined,
        by: authorOrUndefined(),
      })
      onDone('saved')
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }
  const clear = async () => {
    setError(null)
    try {
      await (await userStore()).actuals.clear({
        reportId,
        indicatorId: target.id,
        period,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(authorOrUndefined() ? { by: authorOrUndefined() as string } : {}),
      })
      onDone('cleared')
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }
  const input = 'rounded border border-line bg-page px-1.5 py-0.5 text-fg'
  return (
    <form
      className="flex flex-wrap items-end gap-2 rounded border border-line p-2 text-sm"
      aria-labelledby={`${ids}-title`}
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
      data-edit-figure=""
    >
      <p id={`${ids}-title`} className="w-full font-semibold">
        {current ? t('edit.titleEdit') : t('edit.titleAdd')}
      </p>
      <label className="flex flex-col gap-0.5">
        <span className="text-muted text-xs">{t('board.period')}</span>
        <select
          className={input}
          value={month}
          disabled={Boolean(current)}
          onChange={(e) => setMonth(Number(e.target.value))}
        >
          {publishedMonths(target.frequency).map((m) => (
            <option key={m} value={m}>
              {periodText(s, { year, month: m })}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-0.5">
        <span className="text-muted text-xs">{t('edit.value', { unit: target.unit ?? '' })}</span>
        <input
          className={`${input} w-28`}
          inputMode="decimal"
          value={value}
          aria-invalid={!v.ok}
          onChange={(e) => setValue(e.target.value)}
        />
      </label>
      {target.kind === 'growth' && (
        <label className="flex flex-col gap-0.5">
          <span className="text-muted text-xs">{t('edit.growth')}</span>
          <input
            className={`${input} w-24`}
            inputMode="decimal"
            value={growth}
            aria-invalid={!g.ok}
            onChange={(e) => setGrowth(e.target.value)}
          />
        </label>
      )}
      <label className="flex min-w-40 flex-1 flex-col gap-0.5">
        <span className="text-muted text-xs">{t('edit.note')}</span>
        <input className={input} value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" className="btn bg-fg text-page" disabled={!valid}>
        {t('edit.save')}
      </button>
      {current && (
        <button type="button" className="btn" onClick={() => void clear()}>
          {t('edit.clear')}
        </button>
      )}
      <button type="button" className="btn" onClick={() => onDone('cancelled')}>
        {t('edit.cancel')}
      </button>
      {(!v.ok || !g.ok) && <p className="w-full text-danger text-xs">{t('edit.notANumber')}</p>}
      {error && (
        <p role="alert" className="w-full text-danger text-xs">
          {t('edit.failed', { detail: error })}
        </p>
      )}
    </form>
  )
}
