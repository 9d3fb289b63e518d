import { Loading } from '@/components/loading'
import { ReportGate } from '@/components/report-gate'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { useBoard } from '@/lib/monitoring/use-board'
import { useSearchState } from '@/lib/routes/use-search-state'
import { hasActuals } from '@/lib/user-data/hint'
import { useLedgerList } from '../hooks/use-ledger-list'
import { deckSpec } from '../model/selection'
import { Deck } from './deck'
import { PresenterView } from './presenter-view'

/** /present: the full-screen deck, outside the app shell. */
export function PresentationPage() {
  return (
    <div className="projector fixed inset-0 bg-page text-fg">
      <ReportGate>{(report) => <MonitoredDeck report={report} />}</ReportGate>
    </div>
  )
}

/**
 * The deck with what the user brought when there is some (monitoring figures, the county's ledger:
 * the first-paint hint says so without loading the store): it waits for them, so the slides do not
 * renumber under the presenter.
 */
function MonitoredDeck({ report }: { report: Report }) {
  const { t } = useT()
  const hinted = hasActuals(report.id)
  const state = useBoard(report, null, hinted)
  const ledger = useLedgerList(report)
  if ((hinted && state.status === 'pending') || ledger.loading) return <Loading text={t('loading')} />
  const board = state.status === 'ready' && state.board.hasData ? state.board : null
  const user = { board, ledger: ledger.list }
  return <DeckView report={report} user={user} />
}

/** The audience's deck, or the presenter's window (?view=presenter) on the same deck. */
function DeckView(props: Parameters<typeof Deck>[0]) {
  const { values } = useSearchState(deckSpec)
  return values.view === 'presenter' ? <PresenterView {...props} /> : <Deck {...props} />
}
