import { lazy, type ReactNode, Suspense } from 'react'
import { ScreenBoundary } from '@/components/screen-boundary'
import { loadCode } from '@/lib/code-load/load-code'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { useSearchState } from '@/lib/routes/use-search-state'
import { messages } from '../i18n'
import { projectsSpec } from '../model/filter-spec'
import { ledgerMessages } from './i18n'
import { LedgerBar } from './ledger-bar'
import { useLedger } from './use-ledger'

// The joined list (its charts, filters, table) loads only when there is a ledger to show. Code that
// does not arrive says so in the list's place; the ledger bar and the report's list still work.
const JoinedExplorer = lazy(() =>
  loadCode(() => import('./joined-explorer')).then((m) => ({ default: m.JoinedExplorer })),
)

/**
 * The Projects screen: the county's ledger (import, status, settings) above one of two lists, chosen
 * in the URL (`list`): the ledger joined with the report's named projects (the default once there is a
 * ledger), or the report's named projects alone, the explorer as it has always been.
 */
export function ProjectsScreen({ report, reportExplorer }: { report: Report; reportExplorer: ReactNode }) {
  const { t } = useT(messages)
  const { t: tl } = useT(ledgerMessages)
  const ledger = useLedger(report)
  const { values, update } = useSearchState(projectsSpec)
  const has = ledger.data !== null
  const list = values.list === 'auto' ? (has ? 'joined' : 'report') : values.list
  const joinedCount = ledger.list.rows.length
  return (
    <div className="flex flex-col gap-3">
      <header className="flex flex-wrap items-baseline gap-x-3">
        <h1 className="font-bold text-xl">{t('title')}</h1>
        <p className="text-muted text-sm">{has ? tl('screen.intro') : t('intro')}</p>
      </header>
      <LedgerBar report={report} ledger={ledger} />
      {(has || values.list === 'joined') && (
        <div role="tablist" aria-label={tl('screen.lists')} className="flex gap-1">
          {(['joined', 'report'] as const).map((v) => (
            <button
              key={v}
              type="button"
              role="tab"
              aria-selected={list === v}
              className={`btn ${list === v ? 'bg-fg text-page' : ''}`}
              onClick={() => update({ list: has ? (v === 'joined' ? 'auto' : v) : v })}
            >
              {tl(`screen.${v}`, { count: v === 'joined' ? joinedCount : report.projects.length })}
            </button>
          ))}
        </div>
      )}
      {list === 'report' ? (
        reportExplorer
      ) : (
        <ScreenBoundary variant="inline">
          <Suspense fallback={<p className="text-muted text-sm">{tl('bar.loading')}</p>}>
            <JoinedExplorer report={report} ledger={ledger} />
          </Suspense>
        </ScreenBoundary>
      )}
    </div>
  )
}
