import { DataErrorPanel } from '@/components/data-error-panel'
import { Loading } from '@/components/loading'
import { ReportGate } from '@/components/report-gate'
import { useReportText } from '@/lib/data/use-report-text'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'
import { SourceView } from './source-view'

export function SourcePage() {
  return <ReportGate>{(report, file) => <SourceText report={report} file={file} />}</ReportGate>
}

function SourceText({ report, file }: { report: Report; file: string }) {
  const { t } = useT(messages)
  const text = useReportText(file, report.textFile)
  if (text.error) return <DataErrorPanel error={text.error} onRetry={() => void text.refetch()} />
  if (text.data === undefined) return <Loading text={t('text.loading')} />
  return <SourceView report={report} text={text.data} />
}
