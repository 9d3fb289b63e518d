import { SourceButton } from '@/components/source-button'
import { cx } from '@/lib/cx'
import type { Area, Metric } from '@/lib/dataset/schema'
import { formatQuantity } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import { SlideFrame } from '../slide-frame'
import { type } from '../type-scale'

export function AreaSlide({ area, metrics, more }: { area: Area; metrics: Metric[]; more: number }) {
  const { t, lang } = useT('presentation')
  const cols = metrics.length > 4 ? 'grid-cols-3' : 'grid-cols-2'
  return (
    <SlideFrame title={area.label[lang]}>
      <p className={cx(type.body, 'mb-[calc(var(--u)*2)] text-[var(--muted)]')}>{area.summary[lang]}</p>
      <ul className={cx('grid min-h-0 flex-1 auto-rows-fr gap-[calc(var(--u)*1.6)]', cols)}>
        {metrics.map((m) => (
          <li
            key={m.id}
            className="flex min-w-0 flex-col justify-center gap-[calc(var(--u)*0.6)] border-[var(--border)] border-l-[calc(var(--u)*0.6)] pl-[calc(var(--u)*1.6)]"
          >
            <p className={cx(type.big, 'text-[var(--accent)]')}>
              {formatQuantity(m.value, m.unit, lang, { qualifier: m.qualifier })}
            </p>
            <p className={cx(type.body, 'flex items-center gap-2')}>
              <span className="line-clamp-2">{m.label[lang]}</span>
              <SourceButton id={m.id} label={m.label[lang]} quote={m.quote} />
            </p>
          </li>
        ))}
      </ul>
      {more > 0 && (
        <p className={cx(type.small, 'mt-2 text-[var(--muted)]')}>{t('area.more', { count: more })}</p>
      )}
    </SlideFrame>
  )
}
