import { DerivedFigure } from '@/components/derived-figure'
import { FactFigure } from '@/components/fact-figure'
import { cx } from '@/lib/cx'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import type { IndicatorRow } from '@/lib/report-model'
import { messages } from '../../i18n'
import { SlideFrame } from '../slide-frame'
import { type } from '../type-scale'

/** The headline indicators, each figure through the same FactFigure/DerivedFigure as the Overview. */
export function KpisSlide({ rows, report }: { rows: IndicatorRow[]; report: Report }) {
  const { t, lang } = useT(messages)
  const year = report.year
  const review = year - 1
  return (
    <SlideFrame title={t('slides.kpis')}>
      <ul className="grid min-h-0 flex-1 grid-cols-4 grid-rows-2 gap-[calc(var(--u)*1.6)]">
        {rows.map((ind) => (
          <li
            key={ind.id}
            className="flex min-w-0 flex-col justify-between rounded-[calc(var(--u)*1)] border border-line p-[calc(var(--u)*1.6)]"
          >
            <h3 className={cx(type.body, 'font-semibold')}>{ind.label[lang]}</h3>
            <FactFigure
              fact={ind.actual ?? ind.growth}
              rate={!ind.actual}
              sourceLabel={ind.label[lang]}
              className="flex-wrap"
              valueClassName={cx(type.big, 'text-accent')}
            />
            {!ind.actual && <p className={cx(type.small, 'text-muted')}>{t('kpi.noLevel')}</p>}
            <dl className={cx(type.body, 'grid grid-cols-[auto_1fr] gap-x-[calc(var(--u)*1.2)]')}>
              {ind.actual && (
                <>
                  <dt className="text-muted">{t('kpi.growth')}</dt>
                  <dd className="flex flex-wrap items-center gap-x-2 font-semibold">
                    <FactFigure fact={ind.growth} rate />
                    {ind.basis !== 'nominal' && (
                      <span className={cx(type.small, 'font-normal text-muted')}>
                        {t(`kpi.basis.${ind.basis}`)}
                      </span>
                    )}
                  </dd>
                </>
              )}
              <dt className="text-muted">{t('kpi.target', { year })}</dt>
              <dd className="font-semibold">
                <FactFigure fact={ind.target} rate />
              </dd>
              {ind.gap && (
                <>
                  <dt className="text-muted">{t('kpi.gap', { review })}</dt>
                  <dd className="font-semibold">
                    <DerivedFigure
                      item={ind.gap}
                      report={report}
                      signed
                      className="flex-wrap gap-x-2 gap-y-0"
                      valueClassName="whitespace-nowrap"
                    />
                  </dd>
                </>
              )}
            </dl>
          </li>
        ))}
        <li className={cx(type.small, 'flex items-end p-[calc(var(--u)*1.6)] text-muted')}>
          {t('kpi.gapNote', { year, review })}
        </li>
      </ul>
    </SlideFrame>
  )
}
