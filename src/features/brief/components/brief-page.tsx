import { ReportGate } from '@/components/report-gate'
import { RouteLink } from '@/components/route-link'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { useBoard } from '@/lib/monitoring/use-board'
import { routes } from '@/lib/routes/routes'
import { hasActuals } from '@/lib/user-data/hint'
import { messages } from '../i18n'
import { BriefSheet } from './brief-sheet'

// The page's own print rules: one A4 sheet, portrait, and nothing of the app around it.
const PRINT_CSS = '@page { size: A4 portrait; margin: 12mm; }'

/** #/brief: the Overview on one A4 page (print or PDF), with the year's status when there are figures. */
export function BriefPage() {
  const { t } = useT(messages)
  return (
    <div className="flex flex-col gap-3">
      <style>{PRINT_CSS}</style>
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <button type="button" className="btn font-semibold" onClick={() => window.print()}>
          {t('print')}
        </button>
        <RouteLink to={routes.overview()} className="text-link underline">
          {t('back')}
        </RouteLink>
        <span className="text-muted text-sm">{t('hint')}</span>
      </div>
      <ReportGate>{(report) => <WithStatus report={report} />}</ReportGate>
    </div>
  )
}

/** The sheet, with the monitoring board when the first-paint hint says there are figures. */
function WithStatus({ report }: { report: Report }) {
  const { t } = useT()
  const hinted = hasActuals(report.id)
  const state = useBoard(report, null, hinted)
  if (hinted && state.status === 'pending')
    return (
      <p role="status" className="text-muted">
        {t('loading')}
      </p>
    )
  const board = state.status === 'ready' && state.board.hasData ? state.board : null
  return <BriefSheet report={report} board={board} />
}
