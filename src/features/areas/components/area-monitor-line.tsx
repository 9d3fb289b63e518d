import { RouteLink } from '@/components/route-link'
import { ExampleBadge } from '@/components/status/example-badge'
import { LightIcon } from '@/components/status/status-light'
import { useT } from '@/lib/i18n'
import { routes } from '@/lib/routes/routes'
import { messages } from '../i18n'
import type { AreaMonitor } from '../model/area-status'

const SHOWN = ['green', 'yellow', 'red'] as const

/** An area's monitored 2023 targets by light (shape, word and count), invented figures labelled as such. */
export function AreaMonitorLine({ monitor }: { monitor: AreaMonitor }) {
  const { t } = useT(messages)
  const lit = SHOWN.filter((l) => monitor.counts[l] > 0)
  return (
    <div className="relative z-10 flex flex-wrap items-center gap-x-3 gap-y-0.5 text-xs" data-area-monitor>
      <RouteLink to={routes.monitor()} className="link font-medium">
        {t('monitor.title')}
      </RouteLink>
      {lit.map((l) => (
        <span key={l} className="inline-flex items-center gap-1">
          <LightIcon light={l} />
          {t(`ledger.light.${l}`, { count: monitor.counts[l] })}
        </span>
      ))}
      {lit.length === 0 && <span className="text-muted">{t('monitor.none')}</span>}
      {monitor.example && <ExampleBadge short />}
    </div>
  )
}
