import { useT } from '@/lib/i18n'

/**
 * Marks a figure computed here rather than stated by the report: a plain word (推算 / derived) beside
 * the number, not a box that looks unfinished.
 */
export function DerivedBadge() {
  const { t } = useT()
  return (
    <span className="derived-label" title={t('derivedHint')}>
      {t('derived')}
    </span>
  )
}

/** Marks a classification we inferred (sector, stage) rather than one the report states. */
export function InferredBadge() {
  const { t } = useT()
  return <InferredMark label={t('inferred')} />
}

/** The same mark with its word given by the caller (a list's rows: ../features/projects). */
export function InferredMark({ label }: { label: string }) {
  return <span className="badge badge-inferred">{label}</span>
}
