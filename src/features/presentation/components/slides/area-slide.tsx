import { FactFigure } from '@/components/fact-figure'
import { cx } from '@/lib/cx'
import type { Area, Metric } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { messages } from '../../i18n'
import { SlideFrame } from '../slide-frame'
import { type } from '../type-scale'

export function AreaSlide({ area, metrics, more }: { area: Area; metrics: Metric[]; more: number }) {
  const { t, lang } = useT(messages)
  const cols = metrics.length > 4 ? 'grid-cols-3' : 'grid-cols-2'
  return (
    <SlideFrame title={area.label[lang]}>
      <p className={cx(type.body, 'mb-[calc(var(--u)*2)] text-muted')}>{area.summary[lang]}</p>
      <ul className={cx('grid min-h-0 flex-1 auto-rows-fr gap-[calc(var(--u)*1.6)]', cols)}>
        {metrics.map((m) => (
          <li
            key={m.id}
            className="flex min-w-0 flex-col justify-center border-line border-l-[calc(var(--u)*0.6)] pl-[calc(var(--u)*1.6)]"
          >
            <FactFigure
              fact={m}
              layout="stacked"
              caption={<span className="line-clamp-2">{m.label[lang]}</span>}
              className="gap-[calc(var(--u)*0.6)]"
              valueClassName={cx(type.big, 'text-accent')}
              captionClassName={type.body}
            />
          </li>
        ))}
      </ul>
      {more > 0 && <p className={cx(type.small, 'mt-2 text-muted')}>{t('area.more', { count: more })}</p>}
    </SlideFrame>
  )
}
