import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { RouteLink } from '@/components/route-link'
import { ExampleBadge } from '@/components/status'
import { useReportEntries } from '@/lib/data/saved-entries'
import { useReportChoice } from '@/lib/data/use-report'
import { useT } from '@/lib/i18n'
import { routes } from '@/lib/routes/routes'
import { useAuthor, writeAuthor } from '@/lib/user-data/author'
import { userStore } from '@/lib/user-data/open'
import { summaryQueryOptions } from '@/lib/user-data/queries'
import { useStoreStatus } from '@/lib/user-data/sync'
import { messages } from '../i18n'
import { BackupPanel } from './backup-panel'
import { ImportsList } from './imports-list'

/** Who is entering figures on this computer: written on every change and undo. */
function AuthorField() {
  const { t } = useT(messages)
  const author = useAuthor()
  const [draft, setDraft] = useState(author)
  const [saved, setSaved] = useState(false)
  return (
    <form
      className="flex flex-wrap items-end gap-2 text-sm"
      onSubmit={(e) => {
        e.preventDefault()
        writeAuthor(draft)
        setSaved(true)
      }}
    >
      <label className="flex flex-col gap-0.5">
        <span>{t('author.label')}</span>
        <input
          className="w-56 rounded border border-line bg-page px-1.5 py-0.5 text-fg"
          value={draft}
          maxLength={60}
          placeholder={t('author.placeholder')}
          onChange={(e) => {
            setSaved(false)
            setDraft(e.target.value)
          }}
        />
      </label>
      <button type="submit" className="btn">
        {t('author.save')}
      </button>
      {saved && <span role="status">{t('author.saved')}</span>}
    </form>
  )
}

function Examples() {
  const { t } = useT(messages)
  const summary = useQuery(summaryQueryOptions())
  const [busy, setBusy] = useState(false)
  if (!summary.data || summary.data.examples.length === 0) return null
  return (
    <section className="card flex flex-wrap items-center gap-2 p-3 text-sm" aria-label={t('examples.title')}>
      <ExampleBadge />
      <span>{t('examples.present')}</span>
      <button
        type="button"
        className="btn"
        disabled={busy}
        onClick={async () => {
          setBusy(true)
          try {
            await (await userStore()).examples.remove()
          } finally {
            setBusy(false)
          }
        }}
      >
        {t('examples.remove')}
      </button>
    </section>
  )
}

/** #/data: the user's own data in one place: where it lives, every import with undo, backup, examples. */
export function DataPage() {
  const { t, lang } = useT(messages)
  const status = useStoreStatus()
  const choice = useReportChoice()
  const entries = useReportEntries(choice?.entries ?? [], choice?.saved ?? [])
  const titles = new Map(entries.map((r) => [r.id, r.title[lang]]))
  return (
    <div className="screen-col flex flex-col gap-3">
      <RouteLink to={routes.monitor()} className="link text-sm">
        ← {t('back')}
      </RouteLink>
      <h1 className="font-bold text-xl">{t('title')}</h1>
      {/* From 1536 px wide: where the data lives, and the examples on the left, the imports and backup beside them. */}
      <div className="grid gap-3 2xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] 2xl:items-start">
        <div className="flex min-w-0 flex-col gap-3">
          <section className="card flex flex-col gap-2 p-3 text-sm" aria-labelledby="data-where">
            <h2 id="data-where" className="font-semibold text-base">
              {t('where.title')}
            </h2>
            <p>{status.state === 'ok' ? t('where.ok') : t('where.memory')}</p>
            <p className="text-muted">{t('where.sharing')}</p>
            <AuthorField />
          </section>
          <Examples />
        </div>
        <div className="flex min-w-0 flex-col gap-3">
          <ImportsList reportTitles={titles} />
          <BackupPanel />
        </div>
      </div>
    </div>
  )
}
