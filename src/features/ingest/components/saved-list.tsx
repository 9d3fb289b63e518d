import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { Link } from 'wouter'
import { formatStamp } from '@/components/status/actual-source'
import { savedReportsQueryOptions } from '@/lib/data/saved-entries'
import { useT } from '@/lib/i18n'
import { hrefOf, routes } from '@/lib/routes/routes'
import type { SavedReport } from '@/lib/store'
import { authorOrUndefined } from '@/lib/user-data/author'
import { readHint } from '@/lib/user-data/hint'
import { userStore } from '@/lib/user-data/open'
import { messages } from '../i18n'

/**
 * The reports saved in this browser: open one, or remove it (undoable: the removed report is kept
 * here until the page is left, and put back as it was).
 */
export function SavedList() {
  const { t, lang } = useT(messages)
  const id = useId()
  // Only a browser that has saved a report reads the store here.
  const any = readHint().reports.length > 0
  const list = useQuery({ ...savedReportsQueryOptions(), enabled: any })
  const [removed, setRemoved] = useState<SavedReport | null>(null)
  const [error, setError] = useState<string | null>(null)
  const run = async (f: () => Promise<unknown>) => {
    setError(null)
    try {
      await f()
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }
  const remove = (reportId: string) =>
    run(async () => {
      const store = await userStore()
      const saved = await store.reports.get(reportId)
      await store.reports.remove(reportId, authorOrUndefined())
      setRemoved(saved)
    })
  const restore = () =>
    run(async () => {
      if (!removed) return
      await (await userStore()).reports.save({
        dataset: removed.dataset,
        text: removed.text,
        by: authorOrUndefined(),
      })
      setRemoved(null)
    })
  if (!any && !removed) return null
  const reports = list.data ?? []
  return (
    <section className="card flex flex-col gap-2 p-3 text-sm" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="font-semibold text-base">
        {t('saved.title')}
      </h2>
      {reports.length === 0 && !list.isPending && <p className="text-muted">{t('saved.none')}</p>}
      <ul className="flex flex-col gap-1">
        {reports.map((r) => (
          <li key={r.reportId} className="flex flex-wrap items-center gap-2">
            <Link className="link" href={hrefOf(routes.overview(), { report: r.reportId })}>
              {r.title[lang]}
            </Link>
            <span className="font-mono text-muted text-xs">{r.reportId}</span>
            <span className="text-muted text-xs">{t('saved.when', { when: formatStamp(r.savedAt) })}</span>
            <button type="button" className="btn ml-auto" onClick={() => void remove(r.reportId)}>
              {t('saved.remove')}
            </button>
          </li>
        ))}
      </ul>
      {removed && (
        <p role="status" className="flex flex-wrap items-center gap-2">
          {t('saved.removed', { title: removed.dataset.title[lang] })}
          <button type="button" className="btn" onClick={() => void restore()}>
            {t('saved.undo')}
          </button>
        </p>
      )}
      {error && (
        <p role="alert" className="text-danger">
          {t('saved.failed', { reason: error })}
        </p>
      )}
    </section>
  )
}
