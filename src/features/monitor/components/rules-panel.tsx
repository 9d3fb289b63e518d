import { useState } from 'react'
import { StatusLegend } from '@/components/status'
import { useT } from '@/lib/i18n'
import {
  checkThresholds,
  DEFAULT_THRESHOLDS,
  THRESHOLD_LIMITS,
  type Thresholds,
} from '@/lib/status/thresholds'
import { authorOrUndefined } from '@/lib/user-data/author'
import { userStore } from '@/lib/user-data/open'
import { messages } from '../i18n'

type Field = keyof Thresholds

/**
 * The 三色 rules, stated, with the two thresholds the user may change (kept with the data, so they
 * travel in backups). A changed threshold re-judges every light at once, here and on every screen.
 */
export function RulesPanel({ thresholds, onClose }: { thresholds: Thresholds; onClose: () => void }) {
  const { t } = useT(messages)
  const [draft, setDraft] = useState<Record<Field, string>>({
    growthTolerance: String(thresholds.growthTolerance),
    progressTolerance: String(thresholds.progressTolerance),
  })
  const [saved, setSaved] = useState<'saved' | 'reset' | null>(null)
  const [failed, setFailed] = useState<string | null>(null)
  const parsed: Record<Field, number> = {
    growthTolerance: draft.growthTolerance.trim() === '' ? Number.NaN : Number(draft.growthTolerance),
    progressTolerance: draft.progressTolerance.trim() === '' ? Number.NaN : Number(draft.progressTolerance),
  }
  const problems = new Set(checkThresholds(parsed).map((p) => p.field))
  const save = async () => {
    setFailed(null)
    try {
      await (await userStore()).settings.setThresholds(parsed, authorOrUndefined())
      setSaved('saved')
    } catch (e) {
      setFailed(e instanceof Error ? e.message : String(e))
    }
  }
  const reset = async () => {
    setFailed(null)
    try {
      await (await userStore()).settings.resetThresholds(authorOrUndefined())
      setDraft({
        growthTolerance: String(DEFAULT_THRESHOLDS.growthTolerance),
        progressTolerance: String(DEFAULT_THRESHOLDS.progressTolerance),
      })
      setSaved('reset')
    } catch (e) {
      setFailed(e instanceof Error ? e.message : String(e))
    }
  }
  const field = (f: Field) => (
    <label className="flex flex-col gap-0.5 text-sm">
      <span>{t(`rules.${f}`)}</span>
      <span className="flex items-center gap-1">
        <input
          type="number"
          min={0}
          max={THRESHOLD_LIMITS[f]}
          step="0.1"
          className="w-24 rounded border border-line bg-page px-1.5 py-0.5 text-fg"
          value={draft[f]}
          aria-invalid={problems.has(f)}
          onChange={(e) => {
            setSaved(null)
            setDraft((d) => ({ ...d, [f]: e.target.value }))
          }}
        />
        <span className="text-muted">{t('rules.points')}</span>
      </span>
      {problems.has(f) && (
        <span className="text-danger text-xs">{t('rules.invalid', { max: THRESHOLD_LIMITS[f] })}</span>
      )}
    </label>
  )
  return (
    <section className="card flex flex-col gap-3 p-3" aria-labelledby="monitor-rules" data-rules-panel="">
      <h2 id="monitor-rules" className="font-semibold text-base">
        {t('rules.title')}
      </h2>
      <StatusLegend thresholds={thresholds} className="text-sm" titleClassName={null} />
      <div className="flex flex-wrap items-end gap-4">
        {field('growthTolerance')}
        {field('progressTolerance')}
        <button
          type="button"
          className="btn bg-fg text-page"
          disabled={problems.size > 0}
          onClick={() => void save()}
        >
          {t('rules.save')}
        </button>
        <button type="button" className="btn" onClick={() => void reset()}>
          {t('rules.reset', {
            growth: DEFAULT_THRESHOLDS.growthTolerance,
            progress: DEFAULT_THRESHOLDS.progressTolerance,
          })}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {t('rules.close')}
        </button>
      </div>
      {saved && (
        <p role="status" className="text-sm">
          {t(saved === 'saved' ? 'rules.saved' : 'rules.wasReset')}
        </p>
      )}
      {failed && (
        <p role="alert" className="text-danger text-sm">
          {t('rules.failed', { detail: failed })}
        </p>
      )}
    </section>
  )
}
