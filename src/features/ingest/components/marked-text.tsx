import { memo } from 'react'
import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'
import { countMarks, type Segment } from '../model/marks'
import type { MarkStatus } from '../model/review'

/** Each standing has its look in every theme, and more than a colour: underline, outline, strike-through. */
export const MARK_CLASS: Record<MarkStatus, string> = {
  placed: 'rounded-sm bg-st-green/15 text-fg underline decoration-2 decoration-st-green underline-offset-2',
  unplaced: 'rounded-sm bg-warn-bg font-semibold text-warn-fg outline outline-1 outline-danger',
  rejected: 'rounded-sm bg-transparent text-muted line-through decoration-2 decoration-danger',
  'non-metric': 'bg-transparent text-muted underline decoration-dotted underline-offset-2',
}
const ORDER: MarkStatus[] = ['placed', 'unplaced', 'rejected', 'non-metric']

export function MarkLegend({ segments }: { segments: Segment[] }) {
  const { t } = useT(messages)
  const counts = countMarks(segments)
  return (
    <ul aria-label={t('legend.label')} className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
      {ORDER.map((status) => (
        <li key={status} className="flex items-center gap-1">
          <mark className={cx('px-0.5', MARK_CLASS[status])}>12.3</mark>
          <span>
            {t(`legend.${status}`)} · {counts[status]}
          </span>
        </li>
      ))}
    </ul>
  )
}

type Props = { segments: Segment[]; itemLabels: Map<string, string> }

/** The report text as pasted, each number the reader met marked with its standing after review. */
export const MarkedText = memo(function MarkedText({ segments, itemLabels }: Props) {
  const { t } = useT(messages)
  return (
    <div className="whitespace-pre-wrap break-words text-sm leading-7" data-testid="marked-text">
      {segments.map((s) => {
        if (!s.mark) return s.text
        const { status, account } = s.mark
        const title =
          status === 'placed'
            ? t('text.markPlaced', {
                text: s.text,
                item: itemLabels.get(account.itemId ?? '') ?? account.itemId ?? '',
              })
            : status === 'rejected'
              ? t('text.markRejected', { text: s.text })
              : status === 'unplaced'
                ? t('text.markUnplaced', { text: s.text, reason: account.reason ?? '' })
                : t('text.markNonMetric', { text: s.text, reason: account.reason ?? '' })
        return (
          // The offset is the mark's identity: two marks never start at one place.
          <mark key={account.span[0]} title={title} data-status={status} className={MARK_CLASS[status]}>
            {s.text}
          </mark>
        )
      })}
    </div>
  )
})
