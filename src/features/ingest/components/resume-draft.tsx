import { useEffect, useRef } from 'react'
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
  return (
    <section aria-label={t('resume.label')} className="card flex flex-wrap items-center gap-2 p-3">
      <p className="m-0 text-sm">
        {t('resume.text', { title: titleOf(draft), at: formatStamp(draft.savedAt) })}
      </p>
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

/** The first line of the review's text: what the reader knows it by. */
const titleOf = (draft: ReviewDraft) => draft.text.trim().split('\n')[0]?.slice(0, 60) ?? ''

/** Reading another text would write over the unfinished review: said, and confirmed or not. */
export function ReplaceDraft({
  draft,
  onConfirm,
  onCancel,
}: {
  draft: ReviewDraft
  onConfirm: () => void
  onCancel: () => void
}) {
  const { t } = useT(messages)
  const confirm = useRef<HTMLButtonElement>(null)
  // The question is where the answer is: the focus moves to it from 读取数字.
  useEffect(() => confirm.current?.focus(), [])
  return (
    <div role="alert" className="notice notice-warn flex flex-wrap items-center gap-2 rounded p-3">
      <p className="m-0 text-sm">{t('resume.replace', { title: titleOf(draft) })}</p>
      <span className="ml-auto flex gap-2">
        <button ref={confirm} type="button" className="btn" onClick={onConfirm}>
          {t('resume.confirm')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('resume.cancel')}
        </button>
      </span>
    </div>
  )
}
