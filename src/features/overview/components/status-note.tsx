import { RouteLink } from '@/components/route-link'
import { ExampleBadge, LightIcon, statusMessages } from '@/components/status'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { useBoard } from '@/lib/monitoring/use-board'
import { routes } from '@/lib/routes/routes'
import { messages } from '../i18n'

/**
 * How to read the cards' status rows, on the one line the legend card reserves for it: the three lights
 * (or, for invented figures, the label that says so; each row already carries its own light's word and
 * shape), and the way to the Monitoring screen, where the rules and thresholds are stated in full.
 * Loaded with the status rows, only when there are figures. One line at every size the Overview is made
 * for (an e2e test measures it): the slot's height is fixed before the note arrives.
 */
export function StatusNote({ report }: { report: Report }) {
  const { t } = useT(messages)
  const s = useT(statusMessages).t
  const state = useBoard(report)
  if (state.status !== 'ready' || !state.board.hasData) return null
  return (
    <p className="m-0 flex items-center gap-x-2 whitespace-nowrap" data-status-note="">
      {state.board.layer === 'example' ? (
        <ExampleBadge />
      ) : (
        (['green', 'yellow', 'red'] as const).map((l) => (
          <span key={l} className="inline-flex items-center gap-0.5">
            <LightIcon light={l} />
            {s(`light.${l}`)}
          </span>
        ))
      )}
      <RouteLink
        to={routes.monitor()}
        className="link ml-auto font-medium"
        title={t('legend.toMonitorTitle', { year: report.year })}
      >
        {t('legend.toMonitor')} →
      </RouteLink>
    </p>
  )
}
