import { useQuery } from '@tanstack/react-query'
import { lazy, memo, Suspense, useState } from 'react'
import { ScreenBoundary } from '@/components/screen-boundary'
import { loadCode } from '@/lib/code-load/load-code'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { needsDecision } from '@/lib/ledger-model'
import { importsQueryOptions, userStore } from '@/lib/user-data'
import { ledgerMessages } from './i18n'
import { ProposalsPanel } from './proposals-panel'
import { SectorWordsPanel } from './sector-words-panel'
import type { LedgerState } from './use-ledger'

// The import steps (mapping, preview, saving) load with the screen but apart from it; code that does
// not arrive says so in the bar, and the rest of the screen still shows.
const LedgerImport = lazy(() =>
  loadCode(() => import('./import-flow')).then((m) => ({ default: m.LedgerImport })),
)

type Panel = 'import' | 'history' | 'words' | 'matches' | null

const noop = () => {}

/**
 * The import, offered while there is no ledger: on every visit, so its reading code starts only when
 * the user reaches for the file (not on mount; that cost every visit a spreadsheet reader). Memoised
 * on the report alone: a prerendered screen keeps its server HTML here until the import code has arrived, and an update reaching a part not yet
 * hydrated (the filters of a shared link, applied right after hydration) would make React drop that
 * HTML for the loading line and then draw the import again: a layout shift of the whole list below.
 */
const ImportOffer = memo(function ImportOffer({ report }: { report: Report }) {
  const { t } = useT(ledgerMessages)
  return (
    <ScreenBoundary variant="inline">
      <Suspense fallback={<p className="text-muted text-sm">{t('bar.loading')}</p>}>
        <LedgerImport report={report} onClose={noop} warmOnShow={false} />
      </Suspense>
    </ScreenBoundary>
  )
})

/**
 * The county's ledger on the Projects screen: import one (or next month's), see what is shown and
 * whether it is saved, undo an import, map 行业 words, confirm matches with the report's projects.
 */
export function LedgerBar({ report, ledger }: { report: Report; ledger: LedgerState }) {
  const { t } = useT(ledgerMessages)
  const [panel, setPanel] = useState<Panel>(null)
  const toggle = (p: Panel) => setPanel((cur) => (cur === p ? null : p))
  const { data, pending, list } = ledger
  const unmapped = list.words.filter((w) => needsDecision(w.mapping)).length
  if (!data) {
    return (
      <section className="card flex flex-col gap-2 p-3" aria-labelledby="ledger-title">
        {/* Title and intro run on as one paragraph: without a ledger this card is an offer, and the
            report's list below it must still start above the fold at 1366×768 in either language. */}
        <div className="text-sm">
          <h2 id="ledger-title" className="me-3 inline font-semibold text-base">
            {t('bar.emptyTitle')}
          </h2>
          <span className="text-muted">{t('bar.emptyIntro')}</span>
        </div>
        {ledger.loading ? (
          <p className="text-muted text-sm">{t('bar.loading')}</p>
        ) : (
          <ImportOffer report={report} />
        )}
      </section>
    )
  }
  const { snapshot, rows } = data
  return (
    <section className="card flex flex-col gap-2 p-3" aria-labelledby="ledger-title">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <h2 id="ledger-title" className="font-semibold">
          {t('bar.title')}
        </h2>
        <p className="text-sm" data-testid="ledger-source">
          {t('bar.source', { file: snapshot.file, asOf: snapshot.asOf, count: rows.length })}
        </p>
        <SaveState pending={pending} />
        <div className="ms-auto flex flex-wrap gap-2">
          <button
            type="button"
            className="btn"
            aria-pressed={panel === 'import'}
            onClick={() => toggle('import')}
          >
            {t('bar.importNext')}
          </button>
          <button
            type="button"
            className="btn"
            aria-pressed={panel === 'history'}
            onClick={() => toggle('history')}
          >
            {t('bar.history')}
          </button>
          <button
            type="button"
            className="btn"
            aria-pressed={panel === 'words'}
            onClick={() => toggle('words')}
          >
            {t('bar.words', { count: unmapped })}
          </button>
          <button
            type="button"
            className="btn"
            aria-pressed={panel === 'matches'}
            onClick={() => toggle('matches')}
          >
            {t('bar.matches', { count: list.proposals.length })}
          </button>
        </div>
      </div>
      {panel === 'import' && (
        <ScreenBoundary variant="inline">
          <Suspense fallback={<p className="text-muted text-sm">{t('bar.loading')}</p>}>
            <LedgerImport report={report} onClose={() => setPanel(null)} />
          </Suspense>
        </ScreenBoundary>
      )}
      {panel === 'history' && <ImportHistory reportId={report.id} />}
      {panel === 'words' && <SectorWordsPanel words={list.words} />}
      {panel === 'matches' && <ProposalsPanel report={report} list={list} />}
    </section>
  )
}

function SaveState({ pending }: { pending: LedgerState['pending'] }) {
  const { t } = useT(ledgerMessages)
  if (!pending) return <span className="text-good text-sm">✓ {t('bar.saved')}</span>
  if (pending.state === 'failed')
    return (
      <span role="alert" className="flex items-center gap-2 text-danger text-sm">
        {t('bar.saveFailed', { detail: pending.error ?? '' })}
        {pending.retry && (
          <button type="button" className="btn" onClick={pending.retry}>
            {t('bar.retry')}
          </button>
        )}
      </span>
    )
  if (pending.state === 'saved') return <span className="text-good text-sm">✓ {t('bar.saved')}</span>
  return (
    <span
      className="flex items-center gap-2 text-sm"
      role="status"
      aria-live="polite"
      data-testid="ledger-saving"
    >
      {t('bar.saving', { written: pending.written, total: pending.total })}
      <progress
        className="h-2 w-24"
        value={pending.written}
        max={pending.total}
        aria-label={t('bar.savingLabel')}
      />
    </span>
  )
}

/** Every ledger import of the report, newest first: undo one (its snapshot goes), or bring it back. */
function ImportHistory({ reportId }: { reportId: string }) {
  const { t } = useT(ledgerMessages)
  const { data } = useQuery(importsQueryOptions({ kind: 'ledger', reportId }))
  if (!data?.length) return <p className="text-muted text-sm">{t('history.none')}</p>
  const act = async (id: string, undo: boolean) => {
    const store = await userStore()
    await (undo ? store.imports.undo(id) : store.imports.redo(id))
  }
  return (
    <ul className="flex flex-col gap-1 text-sm" aria-label={t('history.title')}>
      {data.map((i) => (
        <li key={i.id} className="flex flex-wrap items-center gap-x-3">
          <span className={i.undone ? 'text-muted line-through' : ''}>{i.file}</span>
          <span className="text-muted">
            {t('history.when', { at: localTime(i.updatedAt), count: i.counts.accepted })}
          </span>
          {i.undone && <span className="badge">{t('history.undone')}</span>}
          <button type="button" className="link" onClick={() => void act(i.id, !i.undone)}>
            {i.undone ? t('history.redo') : t('history.undo')}
          </button>
        </li>
      ))}
    </ul>
  )
}

/** A stored UTC time stamp as the user's clock reads it: 2023-07-05 10:12. */
function localTime(iso: string): string {
  const d = new Date(iso)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
}
