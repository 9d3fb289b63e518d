import { DerivedFigure } from '@/components/derived-figure'
import { SourceButton } from '@/components/source-button'
import { cx } from '@/lib/cx'
import type { Report } from '@/lib/dataset/schema'
import { formatQuantity } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import { messages } from '../../i18n'
import type { KpiRow } from '../../model/slides'
import { SlideFrame } from '../slide-frame'
import { type } from '../type-scale'

export function KpisSlide({ rows, report }: { rows: KpiRow[]; report: Report }) {
  const { t, lang } = useT(messages)
  const year = report.year
  const review = year - 1
  return (
    <SlideFrame title={t('slides.kpis')}>
      <ul className="grid min-h-0 flex-1 grid-cols-4 grid-rows-2 gap-[calc(var(--u)*1.6)]">
        {rows.map(({ indicator: ind, gap }) => {
          const lead = ind.actual ?? ind.growth
          return (
            <li
              key={ind.id}
              className="flex min-w-0 flex-col justify-between rounded-[calc(var(--u)*1)] border border-line p-[calc(var(--u)*1.6)]"
            >
              <div className="flex items-start justify-between gap-2">
                <h3 className={cx(type.body, 'font-semibold')}>{ind.label[lang]}</h3>
                <SourceButton id={lead.id} label={ind.label[lang]} quote={lead.quote} />
              </div>
              <p className={cx(type.big, 'text-accent')}>
                {formatQuantity(lead.value, lead.unit, lang, {
                  qualifier: lead.qualifier,
                  rate: !ind.actual,
                })}
              </p>
              {!ind.actual && <p className={cx(type.small, 'text-muted')}>{t('kpi.noLevel')}</p>}
              <dl className={cx(type.body, 'grid grid-cols-[auto_1fr] gap-x-[calc(var(--u)*1.2)]')}>
                {ind.actual && (
                  <>
                    <dt className="text-muted">{t('kpi.growth')}</dt>
                    <dd className="font-semibold tabular-nums">
                      {formatQuantity(ind.growth.value, '%', lang, { rate: true })}
                      {ind.basis === 'real' && (
                        <span className={cx(type.small, 'ml-2 text-muted')}>{t('kpi.real')}</span>
                      )}
                    </dd>
                  </>
                )}
                <dt className="text-muted">{t('kpi.target', { year })}</dt>
                <dd className="font-semibold tabular-nums">
                  {formatQuantity(ind.target.value, '%', lang, {
                    rate: true,
                    qualifier: ind.target.qualifier,
                  })}
                </dd>
                {gap && (
                  <>
                    <dt className="text-muted">{t('kpi.gap', { review })}</dt>
                    <dd className="font-semibold">
                      <DerivedFigure
                        item={gap}
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
          )
        })}
        <li className={cx(type.small, 'flex items-end p-[calc(var(--u)*1.6)] text-muted')}>
          {t('kpi.gapNote', { year, review })}
        </li>
      </ul>
    </SlideFrame>
  )
}
