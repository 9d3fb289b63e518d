import { useTranslation } from 'react-i18next'
import { ReportGate } from '@/components/report-gate'

export function OverviewPage() {
  const { t } = useTranslation('overview')
  return (
    <ReportGate>
      {(report) => (
        <h1 className="font-bold text-xl">
          {t('title')} · {report.title.zh}
        </h1>
      )}
    </ReportGate>
  )
}
