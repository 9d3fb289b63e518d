import { formatStamp } from '@/components/status/actual-source'
import { useT } from '@/lib/i18n'
import type { ReviewDraft } from '@/lib/store'
import { messages } from '../i18n'

/** The review the last visit left unfinished: continue it, or discard it. */
export function ResumeDraft({
  draft,
  onResume,
  onDiscard,
  busy,
}: {
  draft: ReviewDraft
  onResume: () => void
  onDiscard: () => void
  busy: boolean
}) {
  const { t } = useT(messages)
  const first = draft.text.trim().split('\n')[0]?.slice(0, 60) ?? ''
  return (
    <section aria-label={t('resume.label')} className="card flex flex-wrap items-center gap-2 p-3">
      <p className="m-0 text-sm">{t('resume.text', { title: first, at: formatStamp(draft.savedAt) })}</p>
      <span className="ml-auto flex gap-2">
        <button
          type="button"
          className="btn border-accent bg-accent font-semibold text-accent-fg disabled:opacity-50"
          onClick={onResume}
          disabled={busy}
        >
          {t('resume.continue')}
        </button>
        <button type="button" className="btn" onClick={onDiscard} disabled={busy}>
          {t('resume.discard')}
        </button>
      </span>
    </section>
  )
}
