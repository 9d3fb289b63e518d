import { RouteLink } from '@/components/route-link'
import { ExampleBadge, LightIcon, statusMessages } from '@/components/status'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { useBoard } from '@/lib/monitoring/use-board'
import { routes } from '@/lib/routes/routes'
import { messages } from '../i18n'

/**
 * How to read the cards' status rows, in the legend card: the three lights, the period of the figures,
 * the invented-data label when the figures are examples, and the way to the Monitoring screen (where
 * the rules and thresholds are stated in full). Loaded with the status rows, only when there are figures.
 */
export function StatusNote({ report }: { report: Report }) {
  const { t } = useT(messages)
  const s = useT(statusMessages).t
  const state = useBoard(report)
  if (state.status !== 'ready' || !state.board.hasData) return null
  const { board } = state
  return (
    <div className="flex flex-col gap-1 border-line border-t pt-1.5 text-xs 2xl:text-sm" data-status-note="">
      <p className="m-0 flex flex-wrap items-center gap-x-2">
        {(['green', 'yellow', 'red'] as const).map((l) => (
          <span key={l} className="inline-flex items-center gap-0.5">
            <LightIcon light={l} />
            {s(`light.${l}`)}
          </span>
        ))}
      </p>
      <p className="m-0 flex flex-wrap items-center gap-x-2">
        <RouteLink to={routes.monitor()} className="link font-medium">
          {t('legend.toMonitor', { year: report.year })} →
        </RouteLink>
        {board.layer === 'example' && <ExampleBadge />}
      </p>
    </div>
  )
}
