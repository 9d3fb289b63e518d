import { useId, useState } from 'react'
import { StatusBadge } from '@/components/status-badge'
import { formatQuantity } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import type { LightCounts } from '@/lib/ledger-model'
import { DEFAULT_THRESHOLDS, THRESHOLD_LIMITS, type Thresholds } from '@/lib/status/thresholds'
import { elapsedAt } from '@/lib/status/time-elapsed'
import { statusMessages } from '@/lib/status/words'
import { userStore } from '@/lib/user-data'
import { ledgerMessages } from './i18n'

type Props = { asOf: string; thresholds: Thresholds; counts: LightCounts }

/**
 * The stated rule beside the list: how many projects each light has, what each light means with the
 * threshold in force, the time elapsed at the as-of date, and the threshold itself, adjustable (the
 * same setting the monitored indicators use, kept in the store).
 */
export function StatusLegend({ asOf, thresholds, counts }: Props) {
  const { t: ts, lang } = useT(statusMessages)
  const { t } = useT(ledgerMessages)
  const [editing, setEditing] = useState(false)
  let elapsed = ''
  try {
    elapsed = formatQuantity(elapsedAt(asOf) * 100, '%', lang, { decimals: 1 })
  } catch {
    elapsed = '—'
  }
  const tol = thresholds.progressTolerance
  return (
    <section
      className="card flex flex-col gap-2 p-3 text-sm"
      aria-labelledby="ledger-legend-title"
      data-testid="status-legend"
    >
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <h2 id="ledger-legend-title" className="font-semibold text-base">
          {t('legend.title', { asOf, elapsed })}
        </h2>
        {(['red', 'yellow', 'green', 'none'] as const).map((l) => (
          <span key={l} className="inline-flex items-center gap-1" data-count={l}>
            <StatusBadge light={l} noneText={t('filters.noLight')} />
            <span className="font-semibold tabular-nums">{counts[l]}</span>
          </span>
        ))}
        <button
          type="button"
          className="link ms-auto"
          aria-expanded={editing}
          onClick={() => setEditing((e) => !e)}
        >
          {ts('thresholds.title')}
        </button>
      </div>
      <p className="text-muted">{ts('rule.project-vs-time.formula', { asOf, elapsed })}</p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {(['green', 'yellow', 'red'] as const).map((l) => (
          <li key={l} className="inline-flex items-center gap-1">
            <StatusBadge light={l} />
            <span>{ts(`rule.project-vs-time.${l}`, { tol })}</span>
          </li>
        ))}
        <li className="inline-flex items-center gap-1 text-muted">
          <StatusBadge light="none" noneText={t('filters.noLight')} />
          <span>{ts('rule.project-vs-time.none')}</span>
        </li>
      </ul>
      {editing && <ThresholdForm thresholds={thresholds} />}
    </section>
  )
}

function ThresholdForm({ thresholds }: { thresholds: Thresholds }) {
  const { t } = useT(statusMessages)
  const id = useId()
  const [value, setValue] = useState(String(thresholds.progressTolerance))
  const [message, setMessage] = useState<'saved' | 'invalid' | null>(null)
  const max = THRESHOLD_LIMITS.progressTolerance
  const save = async (next: Thresholds | null) => {
    const store = await userStore()
    if (next === null) {
      await store.settings.resetThresholds()
      setValue(String(DEFAULT_THRESHOLDS.progressTolerance))
      return setMessage('saved')
    }
    await store.settings.setThresholds(next)
    setMessage('saved')
  }
  const submit = () => {
    const n = Number(value)
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > max) return setMessage('invalid')
    void save({ ...thresholds, progressTolerance: n })
  }
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
    >
      <label className="flex flex-col gap-1" htmlFor={id}>
        <span>{t('thresholds.progressTolerance')}</span>
        <input
          id={id}
          type="number"
          min={0}
          max={max}
          step="any"
          className="w-24 rounded border border-line bg-card px-1.5 py-0.5"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      </label>
      <button type="submit" className="btn">
        {t('thresholds.save')}
      </button>
      <button type="button" className="btn" onClick={() => void save(null)}>
        {t('thresholds.reset', { value: DEFAULT_THRESHOLDS.progressTolerance })}
      </button>
      <span className="text-muted">{t('thresholds.shared')}</span>
      {message && (
        <span role="status" className={message === 'invalid' ? 'text-danger' : 'text-good'}>
          {message === 'invalid' ? t('thresholds.invalid', { max }) : t('thresholds.saved')}
        </span>
      )}
    </form>
  )
}
