import { FactFigure } from '@/components/fact-figure'
import { RouteLink } from '@/components/route-link'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { routes } from '@/lib/routes/routes'
import { messages } from '../i18n'
import type { AreaCard as Card } from '../model/area-index'
import type { AreaMonitor, AreaStatus } from '../model/area-status'
import { AreaMonitorLine } from './area-monitor-line'
import { AreaStatusLine } from './area-status-line'
import { StageBar } from './stage-bar'

/**
 * One area on the index: its name (the link to its page, stretched over the card so the whole card
 * opens it), its lead figures with their source marks above the link, and its projects by stage.
 */
export function AreaCard({
  card,
  report,
  status,
  monitor,
}: {
  card: Card
  report: Report
  status?: AreaStatus | undefined
  monitor?: AreaMonitor | undefined
}) {
  const { t, lang } = useT(messages)
  const { area, lead, stages, projectCount, moreFigures } = card
  return (
    <li
      className="card relative flex min-w-0 flex-col gap-1.5 p-3 hover:border-fg 2xl:gap-2 2xl:p-3.5 [.projector_&]:2xl:gap-1.5 [.projector_&]:2xl:p-3"
      data-area={area.id}
    >
      <div className="flex items-baseline justify-between gap-2">
        <h2 className="min-w-0 font-semibold text-lg leading-tight 2xl:text-xl [.projector_&]:2xl:text-lg">
          <RouteLink
            to={routes.area(area.id)}
            className="text-link underline-offset-2 after:absolute after:inset-0 after:content-[''] hover:underline"
          >
            {area.label[lang]}
          </RouteLink>
        </h2>
        {moreFigures > 0 && (
          <span className="shrink-0 text-muted text-xs">{t('moreFigures', { count: moreFigures })}</span>
        )}
      </div>
      {lead.length > 0 && (
        <ul
          className="flex flex-col gap-1 2xl:gap-1.5 [.projector_&]:2xl:gap-1"
          aria-label={t('leadLabel', { area: area.label[lang] })}
        >
          {lead.map(({ fact, growth }) => (
            <li key={fact.id} className="flex min-w-0 items-baseline gap-2">
              <span className="relative z-10 shrink-0">
                <FactFigure
                  fact={fact}
                  valueClassName="font-bold text-xl leading-tight 2xl:text-2xl [.projector_&]:2xl:text-xl"
                />
              </span>
              {growth && (
                <span className="inline-flex shrink-0 items-baseline gap-1 text-sm">
                  <span className="text-muted">{t('growth')}</span>
                  <FactFigure fact={growth} rate source={false} valueClassName="font-semibold" />
                </span>
              )}
              <span
                className="truncate text-muted text-sm 2xl:text-base [.projector_&]:2xl:text-sm"
                title={fact.label[lang]}
              >
                {fact.label[lang]}
              </span>
            </li>
          ))}
        </ul>
      )}
      {monitor && <AreaMonitorLine monitor={monitor} />}
      {status && <AreaStatusLine status={status} report={report} />}
      {projectCount > 0 && (
        <div className="mt-auto pt-0.5">
          <StageBar stages={stages} total={projectCount} />
        </div>
      )}
    </li>
  )
}
