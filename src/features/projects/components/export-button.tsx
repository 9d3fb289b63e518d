import type { Report } from '@/lib/dataset/schema'
import { downloadCsv } from '@/lib/export'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'
import { projectCsvColumns } from '../model/csv-columns'
import type { Row } from '../model/rows'

/** Downloads the filtered list, in its current order, as CSV headed in the reader's language. */
export function ExportButton({ report, rows }: { report: Report; rows: readonly Row[] }) {
  const { t, lang } = useT(messages)
  const onClick = () => {
    downloadCsv(`${t('export.filename')}-${report.id}`, rows, projectCsvColumns(report, lang, t))
  }
  return (
    <button type="button" className="btn" onClick={onClick} disabled={!rows.length}>
      {t('export.csv')}
    </button>
  )
}
