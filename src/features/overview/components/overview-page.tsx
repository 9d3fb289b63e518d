import { ReportGate } from '@/components/report-gate'
import { useT } from '@/lib/i18n'

export function OverviewPage() {
  const { t } = useT('overview')
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
