import { useState } from 'react'
import { FileDrop } from '@/components/import'
import { RouteLink } from '@/components/route-link'
import { statusMessages } from '@/components/status'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { IMPORT_ACCEPT } from '@/lib/imports/accept'
import { routes } from '@/lib/routes/routes'
import type { Thresholds } from '@/lib/status/thresholds'
import type { ActualValue, Layer } from '@/lib/store'
import { messages } from '../i18n'
import { exportTable, templateTable } from '../model/files'
import { downloadTable } from '../model/write-file'

type Props = {
  report: Report
  busy: boolean
  onFile: (file: File) => void
  onEntry: () => void
  onRules: () => void
  /** The figures on screen, for the export (absent before there are any). */
  shown?: { values: readonly ActualValue[]; thresholds: Thresholds; layer: Layer } | undefined
}

/** Getting figures in (file, paste or typing, the template) and out (the series, as CSV or Excel). */
export function Toolbar({ report, busy, onFile, onEntry, onRules, shown }: Props) {
  const { t, lang } = useT(messages)
  const s = useT(statusMessages).t
  const [failed, setFailed] = useState(false)
  const run = (job: () => Promise<void>) => () => {
    setFailed(false)
    job().catch(() => setFailed(true))
  }
  const template = (format: 'csv' | 'xlsx') =>
    run(() =>
      downloadTable(
        templateTable(report, lang, t),
        format,
        t('file.template.fileName', { year: report.year }),
      ),
    )
  const exportAs = (format: 'csv' | 'xlsx') =>
    run(async () => {
      if (!shown) return
      const title = t(shown.layer === 'example' ? 'file.export.exampleFileName' : 'file.export.fileName', {
        year: report.year,
      })
      await downloadTable(exportTable({ report, ...shown }, lang, t, s), format, title)
    })
  return (
    <div className="flex flex-wrap items-center gap-2" data-monitor-toolbar="">
      <FileDrop
        accept={IMPORT_ACCEPT}
        types={t('toolbar.types')}
        onFile={onFile}
        disabled={busy}
        className="flex-1 px-3 py-1.5"
      />
      <div className="flex flex-wrap items-center gap-1.5">
        <button type="button" className="btn" onClick={onEntry}>
          {t('toolbar.entry')}
        </button>
        <span className="flex items-center gap-1 text-sm">
          <span className="text-muted">{t('toolbar.template')}</span>
          <button
            type="button"
            className="btn"
            onClick={template('xlsx')}
            aria-label={t('toolbar.templateAs', { format: 'XLSX' })}
          >
            XLSX
          </button>
          <button
            type="button"
            className="btn"
            onClick={template('csv')}
            aria-label={t('toolbar.templateAs', { format: 'CSV' })}
          >
            CSV
          </button>
        </span>
        {shown && (
          <span className="flex items-center gap-1 text-sm">
            <span className="text-muted">{t('toolbar.export')}</span>
            <button
              type="button"
              className="btn"
              onClick={exportAs('xlsx')}
              aria-label={t('toolbar.exportAs', { format: 'XLSX' })}
            >
              XLSX
            </button>
            <button
              type="button"
              className="btn"
              onClick={exportAs('csv')}
              aria-label={t('toolbar.exportAs', { format: 'CSV' })}
            >
              CSV
            </button>
          </span>
        )}
        <button type="button" className="btn" onClick={onRules}>
          {t('toolbar.rules')}
        </button>
        <RouteLink to={routes.data()} className="link text-sm">
          {t('toolbar.data')} →
        </RouteLink>
      </div>
      {failed && (
        <p role="alert" className="w-full text-danger text-sm">
          {t('toolbar.failed')}
        </p>
      )}
    </div>
  )
}
