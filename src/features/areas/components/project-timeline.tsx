import { InferredBadge } from '@/components/derived-badge'
import { Quantity } from '@/components/quantity'
import { RouteLink } from '@/components/route-link'
import { SourceButton } from '@/components/source-button'
import { cx } from '@/lib/cx'
import { stageWords } from '@/lib/dataset/labels'
import type { Project } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { routes } from '@/lib/routes/routes'
import { messages } from '../i18n'
import { STAGE_GROUPS, stageGroup } from '../model/area-index'

const DOT = { preparing: 'bg-c6', building: 'bg-c1', done: 'bg-c3' } as const

/**
 * The area's named projects along the way from signing to production, as a vertical timeline:
 * one step per stage group in pipeline order (前期 → 在建 → 完工投产), each project with the report's
 * own stage word and investment. A step with no project stays, dimmed, so the way reads whole.
 */
export function ProjectTimeline({ projects }: { projects: readonly Project[] }) {
  const { t, lang } = useT(messages)
  if (!projects.length) return <p className="text-muted text-sm">{t('noProjects')}</p>
  return (
    <ol className="flex flex-col">
      {STAGE_GROUPS.map((group) => {
        const inGroup = projects.filter((p) => stageGroup(p.stage) === group)
        return (
          <li key={group} className="relative flex gap-3 pb-2 last:pb-0">
            <span className="flex flex-col items-center" aria-hidden="true">
              <span
                className={cx('mt-1 size-3 shrink-0 rounded-full', inGroup.length ? DOT[group] : 'bg-line')}
              />
              <span className="w-0.5 flex-1 bg-line" />
            </span>
            <div className="flex min-w-0 flex-1 flex-col">
              <h3 className={cx('font-semibold text-sm', !inGroup.length && 'text-muted')}>
                {t(`stage.${group}`)} <span className="font-normal text-muted">({inGroup.length})</span>
              </h3>
              <ul className="flex flex-col">
                {inGroup.map((p) => (
                  <li key={p.id} className="flex flex-wrap items-baseline justify-between gap-x-3 py-0.5">
                    <RouteLink to={routes.project(p.id)} className="link min-w-0 text-sm">
                      {p.name[lang]}
                    </RouteLink>
                    <span className="flex items-center gap-2 text-xs">
                      <span className="text-muted">{stageWords(p, lang)}</span>
                      {!p.stageStated && <InferredBadge />}
                      {p.investment && (
                        <span>
                          {t('investment')} <Quantity value={p.investment.value} unit={p.investment.unit} />
                        </span>
                      )}
                      <SourceButton id={p.id} label={p.name[lang]} quote={p.quote} />
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          </li>
        )
      })}
    </ol>
  )
}
