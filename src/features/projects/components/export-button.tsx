import type { Report } from '@/lib/dataset/schema'
import { downloadCsv } from '@/lib/export'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'
import { projectCsvColumns } from '../model/csv-columns'
import type { Row } from '../model/rows'

type Props = {
  report: Report
  rows: readonly Row[]
  /** The active filters in words (''), so the file's name says what it holds. */
  filter: string
}

/** Downloads the filtered list, in its current order, as CSV headed in the reader's language. */
export function ExportButton({ report, rows, filter }: Props) {
  const { t, lang } = useT(messages)
  const onClick = () => {
    downloadCsv(
      `${t('export.filename')}-${report.title[lang]}`,
      rows,
      projectCsvColumns(report, lang, t),
      filter || t('export.all'),
    )
  }
  return (
    <button type="button" className="btn" onClick={onClick} disabled={!rows.length}>
      {t('export.csv')}
    </button>
  )
}
