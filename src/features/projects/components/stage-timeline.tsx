import { cx } from '@/lib/cx'
import { stageGroupLabel, stageLabel } from '@/lib/dataset/labels'
import type { Project } from '@/lib/dataset/schema'
import { STAGE_GROUPS, STAGES } from '@/lib/dataset/taxonomy'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'

/**
 * Where the project stands on the way from signing to running: every stage in the groups staff use
 * (招商签约 → 在建 → 已投产), the project's own marked (with the report's word for it, and "inferred"
 * when the report implies rather than names it), the ones before it filled in, the rest open.
 */
export function StageTimeline({ project }: { project: Project }) {
  const { t, lang } = useT(messages)
  const { t: tc } = useT()
  const at = STAGES.indexOf(project.stage)
  return (
    <ol className="grid grid-cols-1 gap-2 sm:grid-cols-3" aria-label={t('detail.timeline')}>
      {STAGE_GROUPS.map((g) => (
        <li key={g.key} className="flex flex-col gap-1">
          <span className="font-semibold text-muted text-xs">{stageGroupLabel(g.key, lang)}</span>
          <ol className="flex flex-wrap gap-1">
            {g.stages.map((s) => {
              const i = STAGES.indexOf(s)
              const current = i === at
              return (
                <li
                  key={s}
                  aria-current={current ? 'step' : undefined}
                  className={cx(
                    'flex items-center gap-1 rounded border px-1.5 py-0.5 text-sm',
                    current && 'border-fg bg-fg font-semibold text-page',
                    !current && i < at && 'border-line bg-page text-fg',
                    i > at && 'border-line border-dashed text-muted',
                  )}
                >
                  {stageLabel(s, lang)}
                  {current && !project.stageStated && (
                    <span className="font-normal text-xs opacity-90">({tc('inferred')})</span>
                  )}
                </li>
              )
            })}
          </ol>
        </li>
      ))}
    </ol>
  )
}
