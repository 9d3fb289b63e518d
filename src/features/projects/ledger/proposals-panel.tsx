import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import type { JoinedList } from '@/lib/ledger-model'
import { userStore } from '@/lib/user-data'
import { ledgerMessages } from './i18n'

/**
 * Ledger projects that may be projects the report names, for the user to confirm or reject (certain
 * matches by name are taken without asking, and can be undone on the project's page). A decision is
 * kept in the store, and a rejected pair is never proposed again.
 */
export function ProposalsPanel({ report, list }: { report: Report; list: JoinedList }) {
  const { t, lang } = useT(ledgerMessages)
  const byId = new Map(report.projects.map((p) => [p.id, p]))
  const decide = async (ledgerName: string, reportProjectId: string, decision: 'confirmed' | 'rejected') => {
    const store = await userStore()
    await store.ledger.decideMatch({ reportId: report.id, ledgerName, reportProjectId, decision })
  }
  if (!list.proposals.length) return <p className="text-muted text-sm">{t('matches.none')}</p>
  return (
    <ul className="flex flex-col gap-2 text-sm" aria-label={t('matches.title')}>
      {list.proposals.map((p) => {
        const project = byId.get(p.projectId)
        if (!project) return null
        return (
          <li key={`${p.ledgerName}|${p.projectId}`} className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span>
              {t('matches.pair', {
                ledger: p.ledgerName,
                row: p.ledgerRow,
                report: project.name[lang],
                score: Math.round(p.score * 100),
              })}
            </span>
            <q className="line-clamp-2 max-w-xl text-muted">{project.quote}</q>
            <span className="flex gap-2">
              <button
                type="button"
                className="btn"
                onClick={() => void decide(p.ledgerName, p.projectId, 'confirmed')}
              >
                {t('matches.same')}
              </button>
              <button
                type="button"
                className="btn"
                onClick={() => void decide(p.ledgerName, p.projectId, 'rejected')}
              >
                {t('matches.different')}
              </button>
            </span>
          </li>
        )
      })}
    </ul>
  )
}
