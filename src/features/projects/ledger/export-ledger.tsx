import { downloadBlob, fileName } from '@/lib/export'
import { useT } from '@/lib/i18n'
import type { JoinedRow, LedgerSnapshot } from '@/lib/ledger-model'
import { statusMessages } from '@/lib/status/words'
import { type ExportWords, ledgerExportColumns } from '../model/ledger-export'
import { ledgerMessages } from './i18n'

type Props = { rows: readonly JoinedRow[]; snapshot: LedgerSnapshot | null; title: string }

/** Downloads the filtered joined list, in its order, with the status columns added (XLSX or CSV). */
export function ExportLedger({ rows, snapshot, title }: Props) {
  const { t, lang } = useT(ledgerMessages)
  const { t: ts } = useT(statusMessages)
  const words: ExportWords = {
    header: (k) => t(`export.col.${k}` as never),
    light: (l) => ts(`light.${l}` as never),
    reason: (r) => ts(`noLight.${r}` as never),
    origin: (o) => t(`origin.${o}` as never),
  }
  const name = `${title}${snapshot ? `-${t('export.asOf', { date: snapshot.asOf })}` : ''}`
  const preamble = snapshot
    ? [title, t('export.preamble', { asOf: snapshot.asOf, file: snapshot.file })]
    : [title]
  const save = async (kind: 'xlsx' | 'csv') => {
    // The writer (SheetJS) loads only when a file is asked for.
    const { buildCsv, buildXlsx } = await import('@/lib/imports/write-table')
    const columns = ledgerExportColumns(snapshot, lang, words)
    if (kind === 'xlsx') {
      const bytes = buildXlsx([{ name: t('export.sheet'), columns, rows, preamble }])
      downloadBlob(
        new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
        fileName(name, 'xlsx'),
      )
    } else {
      const bytes = buildCsv(columns, rows)
      downloadBlob(new Blob([bytes as BlobPart], { type: 'text/csv;charset=utf-8' }), fileName(name, 'csv'))
    }
  }
  return (
    <span className="flex gap-1">
      <button type="button" className="btn" disabled={!rows.length} onClick={() => void save('xlsx')}>
        {t('export.xlsx')}
      </button>
      <button type="button" className="btn" disabled={!rows.length} onClick={() => void save('csv')}>
        {t('export.csv')}
      </button>
    </span>
  )
}
