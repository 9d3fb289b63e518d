import { useId, useState } from 'react'
import { Link } from 'wouter'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { hrefOf, routes } from '@/lib/routes/routes'
import type { SavedReport, SavedReportInfo } from '@/lib/store'
import { authorOrUndefined } from '@/lib/user-data/author'
import { userStore } from '@/lib/user-data/open'
import { noteSavedReport } from '@/lib/user-data/saved-reports'
import { messages } from '../i18n'

type Props = { report: Report; text: string; ready: boolean; pending: number; onSaved: () => void }

type Saved = { info: SavedReportInfo; previous: SavedReport | null; memory: boolean }

/**
 * Saving goes through the store (validated there again); a save can be undone (the previous version
 * put back, or the report removed). Export writes the same report.json, and the text beside it.
 */
export function SavePanel({ report, text, ready, pending, onSaved }: Props) {
  const { t, lang } = useT(messages)
  const id = useId()
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState<Saved | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [undone, setUndone] = useState(false)
  const [replaces, setReplaces] = useState<string | null>(null)

  const save = async () => {
    setBusy(true)
    setError(null)
    setUndone(false)
    try {
      const store = await userStore()
      const previous = await store.reports.get(report.id)
      const info = await store.reports.save({ dataset: report, text, by: authorOrUndefined() })
      noteSavedReport(report.id)
      setSaved({ info, previous, memory: store.status.state !== 'ok' })
      setReplaces(null)
      onSaved()
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }
  const undo = async () => {
    if (!saved) return
    setBusy(true)
    setError(null)
    try {
      const store = await userStore()
      if (saved.previous)
        await store.reports.save({
          dataset: saved.previous.dataset,
          text: saved.previous.text,
          by: authorOrUndefined(),
        })
      else await store.reports.remove(saved.info.reportId, authorOrUndefined())
      setSaved(null)
      setUndone(true)
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }
  const exportFiles = async (which: 'json' | 'text') => {
    const { downloadBlob } = await import('@/lib/export/download')
    if (which === 'json')
      downloadBlob(
        new Blob([`${JSON.stringify(report, null, 2)}\n`], { type: 'application/json' }),
        'report.json',
      )
    else downloadBlob(new Blob([text], { type: 'text/plain;charset=utf-8' }), report.textFile)
  }
  const warnReplace = async () => {
    try {
      const store = await userStore()
      setReplaces((await store.reports.get(report.id)) ? report.id : null)
    } catch {
      setReplaces(null)
    }
  }
  return (
    <section className="card flex flex-col gap-2 p-3 text-sm" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="font-semibold text-base">
        {t('save.title')}
      </h2>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className="btn border-accent bg-accent font-semibold text-accent-fg disabled:opacity-50"
          disabled={!ready || busy}
          onPointerEnter={() => void warnReplace()}
          onFocus={() => void warnReplace()}
          onClick={() => void save()}
        >
          {busy ? t('save.saving') : t('save.save')}
        </button>
        <button
          type="button"
          className="btn disabled:opacity-50"
          disabled={!ready}
          onClick={() => void exportFiles('json')}
        >
          {t('save.export')}
        </button>
        <button type="button" className="btn" onClick={() => void exportFiles('text')}>
          {t('save.exportText')}
        </button>
      </div>
      {!ready && <p className="text-muted">{t('save.blocked')}</p>}
      {ready && pending > 0 && !saved && (
        <p className="text-muted">{t('save.pending', { count: pending })}</p>
      )}
      {replaces && !saved && <p className="text-warn-fg">{t('save.replaces', { id: replaces })}</p>}
      {saved && (
        <div role="status" className="flex flex-wrap items-center gap-2">
          <span>{t('save.saved', { title: saved.info.title[lang] })}</span>
          <Link className="link" href={hrefOf(routes.overview(), { report: saved.info.reportId })}>
            {t('save.open')}
          </Link>
          <button type="button" className="btn" disabled={busy} onClick={() => void undo()}>
            {t('save.undo')}
          </button>
        </div>
      )}
      {saved?.memory && (
        <p role="alert" className="text-danger">
          {t('save.savedMemory')}
        </p>
      )}
      {undone && <p role="status">{t('save.undone')}</p>}
      {error && (
        <p role="alert" className="text-danger">
          {t('save.failed', { reason: error })}
        </p>
      )}
    </section>
  )
}
