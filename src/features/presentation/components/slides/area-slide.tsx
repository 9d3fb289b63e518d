import { DerivedFigure } from '@/components/derived-figure'
import { FactFigure } from '@/components/fact-figure'
import { cx } from '@/lib/cx'
import type { Area, Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { messages } from '../../i18n'
import type { AreaFigure } from '../../model/slides'
import { SlideFrame } from '../slide-frame'
import { type } from '../type-scale'

type Props = { area: Area; figures: AreaFigure[]; more: number; report: Report }

/** An area's figures, the same the area's page shows (the report model's), stated and derived. */
export function AreaSlide({ area, figures, more, report }: Props) {
  const { t, lang } = useT(messages)
  const cols = figures.length > 4 ? 'grid-cols-3' : 'grid-cols-2'
  const value = cx(type.big, 'text-accent')
  return (
    <SlideFrame title={area.label[lang]}>
      <p className={cx(type.body, 'mb-[calc(var(--u)*2)] text-muted')}>{area.summary[lang]}</p>
      <ul className={cx('grid min-h-0 flex-1 auto-rows-fr gap-[calc(var(--u)*1.6)]', cols)}>
        {figures.map((f) => (
          <li
            key={f.kind === 'fact' ? f.item.fact.id : f.item.id}
            className="flex min-w-0 flex-col justify-center border-line border-l-[calc(var(--u)*0.6)] pl-[calc(var(--u)*1.6)]"
          >
            {f.kind === 'fact' ? (
              <FactFigure
                fact={f.item.fact}
                rate={f.item.rate}
                layout="stacked"
                caption={<span className="line-clamp-2">{f.item.fact.label[lang]}</span>}
                className="gap-[calc(var(--u)*0.6)]"
                valueClassName={value}
                captionClassName={type.body}
              />
            ) : (
              <DerivedFigure
                item={f.item}
                report={report}
                layout="stacked"
                caption={<span className="line-clamp-2">{f.item.label[lang]}</span>}
                className="gap-[calc(var(--u)*0.6)]"
                valueClassName={value}
                captionClassName={type.body}
              />
            )}
          </li>
        ))}
      </ul>
      {more > 0 && <p className={cx(type.small, 'mt-2 text-muted')}>{t('area.more', { count: more })}</p>}
    </SlideFrame>
  )
}
