import { Notice, ParamNotice } from '@/components/notice'
import { RouteLink } from '@/components/route-link'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { routes } from '@/lib/routes/routes'
import { useSearchState } from '@/lib/routes/use-search-state'
import { projectsSpec } from '../model/filter-spec'
import { ledgerMessages } from './i18n'
import { LedgerDetail } from './ledger-detail'
import { useLedger } from './use-ledger'

/** The page of a project that only the ledger has (`#/projects/ledger:<name>`). */
export function LedgerProjectPage({ report, id }: { report: Report; id: string }) {
  const { t } = useT(ledgerMessages)
  const ledger = useLedger(report)
  const { view, rejected } = useSearchState(projectsSpec)
  const row = ledger.list.rows.find((r) => r.id === id)
  const back = (
    <RouteLink to={routes.projects(view)} className="link self-start text-sm">
      ← {t('detail.back')}
    </RouteLink>
  )
  if (!row)
    return (
      <div className="flex flex-col gap-3">
        {back}
        {ledger.loading ? (
          <p className="text-muted">{t('bar.loading')}</p>
        ) : (
          <Notice>{t('detail.notFound', { id: id.replace(/^ledger:/, '') })}</Notice>
        )}
      </div>
    )
  return (
    <article className="flex flex-col gap-3">
      {back}
      <ParamNotice rejected={rejected} />
      <header>
        <h1 className="font-bold text-xl">{row.name}</h1>
        <p className="text-muted">{t(`origin.${row.origin}`)}</p>
      </header>
      <LedgerDetail report={report} row={row} ledger={ledger} showReportLink />
    </article>
  )
}

/** On a report project's page: the ledger's figures of it, when a ledger row is this project. */
export function LedgerSection({ report, id }: { report: Report; id: string }) {
  const { t } = useT(ledgerMessages)
  const ledger = useLedger(report)
  const row = ledger.list.rows.find((r) => r.id === id && r.entry)
  if (!row) return null
  return (
    <section className="flex flex-col gap-2" aria-labelledby="ledger-section-title">
      <h2 id="ledger-section-title" className="font-semibold text-lg">
        {t('detail.inLedger', { name: row.name })}
      </h2>
      <LedgerDetail report={report} row={row} ledger={ledger} showReportLink={false} />
    </section>
  )
}
