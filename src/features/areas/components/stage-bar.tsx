import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'
import type { StageCount, StageGroup } from '../model/area-index'

// A small stacked bar, drawn with plain boxes (no chart library on the index): one segment per
// group, widths in proportion, and the words with their counts beside it, so the colour is never
// the only carrier of the meaning.
const FILL: Record<StageGroup, string> = {
  preparing: 'bg-c6',
  building: 'bg-c1',
  done: 'bg-c3',
}

export function StageBar({ stages, total }: { stages: StageCount[]; total: number }) {
  const { t } = useT(messages)
  const words = stages.map((s) => t('stageCount', { stage: t(`stage.${s.group}`), count: s.count }))
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-x-2 text-xs">
      <span className="shrink-0 font-medium">{t('counts.projects', { count: total })}</span>
      <span className="flex h-2.5 w-16 shrink-0 gap-px overflow-hidden rounded-sm" aria-hidden="true">
        {stages.map((s) => (
          <span
            key={s.group}
            className={cx('h-full', FILL[s.group])}
            style={{ width: `${(100 * s.count) / total}%` }}
          />
        ))}
      </span>
      {/* A swatch before each word ties the legend to its segment (as Tremor's category bar does). */}
      <span className="flex flex-wrap gap-x-2 text-muted">
        {stages.map((s, i) => (
          <span key={s.group} className="inline-flex items-center gap-1">
            <span className={cx('size-2 rounded-[2px]', FILL[s.group])} aria-hidden="true" />
            {i > 0 && <span className="sr-only"> · </span>}
            {words[i]}
          </span>
        ))}
      </span>
    </div>
  )
}
