import { useTranslation } from 'react-i18next'

/** Marks a figure computed here rather than stated by the report. */
export function DerivedBadge() {
  const { t } = useTranslation()
  return (
    <span className="badge badge-derived" title={t('derivedHint')}>
      {t('derived')}
    </span>
  )
}

/** Marks a classification we inferred (sector, stage) rather than one the report states. */
export function InferredBadge() {
  const { t } = useTranslation()
  return <span className="badge badge-inferred">{t('inferred')}</span>
}
