import { memo, useId, useState } from 'react'
import { FactFigure } from '@/components/fact-figure'
import { cx } from '@/lib/cx'
import { sectorLabel, stageLabel } from '@/lib/dataset/labels'
import { type Fact, SECTORS, type Sector, STAGES, type Stage } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { confidenceBand } from '@/lib/ingest/types'
import { messages } from '../i18n'
import type { Entry } from '../model/entries'
import type { Decision } from '../model/review'

type Props = {
  entry: Entry
  decision: Decision | undefined
  onDecide: (key: string, patch: Partial<Decision> | null) => void
}

const STATUS_CLASS = {
  accepted: 'border-l-4 border-l-st-green',
  rejected: 'border-l-4 border-l-danger opacity-70',
  pending: 'border-l-4 border-l-line',
} as const

/** One draft fact: its numbers and quote, accept / edit / reject, and for a project its sector and stage. */
export const EntryRow = memo(function EntryRow({ entry, decision, onDecide }: Props) {
  const { t, lang } = useT(messages)
  const [editing, setEditing] = useState(false)
  const id = useId()
  const status = decision?.status ?? 'pending'
  const label = decision?.label ?? entry.label
  const facts = entry.facts.map((f) => ({ ...f, value: decision?.values?.[f.id] ?? f.value }))
  const set = (patch: Partial<Decision>) => onDecide(entry.key, patch)
  return (
    <li
      className={cx('card flex flex-col gap-1 p-2 text-sm', STATUS_CLASS[status])}
      aria-labelledby={`${id}-name`}
      data-entry={entry.key}
      data-status={status}
    >
      <div className="flex flex-wrap items-start justify-between gap-x-2 gap-y-1">
        <div className="flex min-w-0 flex-1 flex-col gap-0.5">
          <div className="flex flex-wrap items-baseline gap-x-2">
            <span id={`${id}-name`} className={cx('font-medium', status === 'rejected' && 'line-through')}>
              {label[lang]}
            </span>
            <span className="text-muted text-xs">
              {t('entry.confidence', { band: t(`entry.band.${confidenceBand(entry.confidence)}`) })}
            </span>
            <span className="text-xs">{t(`entry.${status}`)}</span>
          </div>
          {facts.length > 0 && (
            <div className="flex flex-wrap gap-x-3">
              {facts.map((f) => (
                <span key={f.id} className="inline-flex items-baseline gap-1">
                  {facts.length > 1 && <span className="text-muted text-xs">{f.label[lang]}</span>}
                  <FactFigure fact={f} source={false} layout="inline" />
                </span>
              ))}
            </div>
          )}
          <q className="text-muted text-xs">{entry.quote}</q>
        </div>
        <div className="flex shrink-0 gap-1">
          <button
            type="button"
            className="btn"
            aria-pressed={status === 'accepted'}
            onClick={() => set({ status: status === 'accepted' ? undefined : 'accepted' })}
          >
            {t('entry.accept')}
          </button>
          <button type="button" className="btn" aria-expanded={editing} onClick={() => setEditing(!editing)}>
            {editing ? t('entry.done') : t('entry.edit')}
          </button>
          <button
            type="button"
            className="btn"
            aria-pressed={status === 'rejected'}
            onClick={() => set({ status: status === 'rejected' ? undefined : 'rejected' })}
          >
            {t('entry.reject')}
          </button>
        </div>
      </div>
      {entry.project && <ProjectFields entry={entry} decision={decision} set={set} />}
      {editing && <EditFields entry={entry} label={label} facts={facts} decision={decision} set={set} />}
    </li>
  )
})

const input = 'rounded border border-line bg-page px-1.5 py-0.5 text-fg'

function EditFields({
  label,
  facts,
  decision,
  set,
}: {
  entry: Entry
  label: { zh: string; en: string }
  facts: Fact[]
  decision: Decision | undefined
  set: (patch: Partial<Decision>) => void
}) {
  const { t } = useT(messages)
  return (
    <div className="flex flex-wrap items-end gap-2 border-line border-t pt-1">
      <label className="flex flex-col gap-0.5">
        <span className="text-xs">{t('entry.labelZh')}</span>
        <input
          className={cx(input, 'w-56')}
          value={label.zh}
          onChange={(e) => set({ label: { ...label, zh: e.target.value } })}
        />
      </label>
      <label className="flex flex-col gap-0.5">
        <span className="text-xs">{t('entry.labelEn')}</span>
        <input
          className={cx(input, 'w-64')}
          value={label.en}
          onChange={(e) => set({ label: { ...label, en: e.target.value } })}
        />
      </label>
      {facts.map((f) => (
        <NumberField
          key={f.id}
          label={t('entry.value', { label: `${f.label.zh}（${f.unit}）` })}
          value={f.value}
          onValue={(v) => set({ values: { ...decision?.values, [f.id]: v } })}
        />
      ))}
    </div>
  )
}

function NumberField({
  label,
  value,
  onValue,
}: {
  label: string
  value: number
  onValue: (v: number) => void
}) {
  const [text, setText] = useState(String(value))
  return (
    <label className="flex flex-col gap-0.5">
      <span className="text-xs">{label}</span>
      <input
        className={cx(input, 'w-32 tabular-nums')}
        inputMode="decimal"
        value={text}
        aria-invalid={!Number.isFinite(Number(text)) || text.trim() === ''}
        onChange={(e) => {
          setText(e.target.value)
          const v = Number(e.target.value)
          if (e.target.value.trim() !== '' && Number.isFinite(v)) onValue(v)
        }}
      />
    </label>
  )
}

function ProjectFields({
  entry,
  decision,
  set,
}: {
  entry: Entry
  decision: Decision | undefined
  set: (patch: Partial<Decision>) => void
}) {
  const { t, lang } = useT(messages)
  const p = entry.project
  if (!p) return null
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="flex items-center gap-1">
        <span className="text-xs">{t('entry.sector')}</span>
        <select
          className={input}
          value={decision?.sector ?? p.sector}
          onChange={(e) => set({ sector: e.target.value as Sector })}
        >
          {SECTORS.map((s) => (
            <option key={s} value={s}>
              {sectorLabel(s, lang)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-1">
        <span className="text-xs">{t('entry.stage')}</span>
        <select
          className={input}
          value={decision?.stage ?? p.stage}
          onChange={(e) => set({ stage: e.target.value as Stage })}
        >
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {stageLabel(s, lang)}
            </option>
          ))}
        </select>
      </label>
      <span className="text-muted text-xs">{t('entry.stageText', { text: p.stageText })}</span>
    </div>
  )
}
