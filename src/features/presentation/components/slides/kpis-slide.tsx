import type { CSSProperties } from 'react'
import { DerivedFigure } from '@/components/derived-figure'
import { FactFigure } from '@/components/fact-figure'
import { cx } from '@/lib/cx'
import type { Fact, Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import type { IndicatorRow } from '@/lib/report-model'
import { messages } from '../../i18n'
import { barScale } from '../../model/bar-scale'
import { SlideFrame } from '../slide-frame'
import { type } from '../type-scale'

/**
 * The headline indicators, one row each: the 2022 level (or, where the report gives only a rate, a
 * word saying so instead of a % among the 亿元), last year's growth and this year's target as two
 * bars with their values drawn on them, and the gap. Plain elements, no chart library: the slide
 * renders anywhere (server, print) at once.
 */
export function KpisSlide({ rows, report }: { rows: IndicatorRow[]; report: Report }) {
  const { t, lang } = useT(messages)
  const year = report.year
  const review = year - 1
  const scale = barScale(rows.flatMap((r) => [r.growth.value, r.target.value]))
  const growthLabel = t('targets.growth', { review })
  const targetLabel = t('targets.target', { year })
  return (
    <SlideFrame title={t('slides.kpis')}>
      <div className="flex min-h-0 flex-1 flex-col gap-[calc(var(--u)*1)]">
        <div
          className={cx(type.small, 'grid grid-cols-[26%_17%_1fr_15%] gap-x-[calc(var(--u)*2)] text-muted')}
          aria-hidden="true"
        >
          <span />
          <span className="text-right">{t('kpi.level', { review })}</span>
          <span className="flex flex-wrap gap-x-[calc(var(--u)*2.5)]">
            <Key className="bg-c1" label={growthLabel} />
            <Key className="kpi-bar-target" label={targetLabel} />
          </span>
          <span className="text-right">{t('kpi.gap', { review })}</span>
        </div>
        <ul className="grid min-h-0 flex-1 auto-rows-fr">
          {rows.map((ind) => (
            <li
              key={ind.id}
              className="grid grid-cols-[26%_17%_1fr_15%] items-center gap-x-[calc(var(--u)*2)] border-line/40 border-t"
            >
              <h3 className={cx(type.body, 'font-semibold leading-tight')}>{ind.label[lang]}</h3>
              <div className="text-right">
                {ind.actual ? (
                  <FactFigure
                    fact={ind.actual}
                    source={false}
                    valueClassName={cx(type.h2, 'font-bold text-accent')}
                  />
                ) : (
                  <span className={cx(type.small, 'text-muted')}>{t('kpi.rateOnly')}</span>
                )}
              </div>
              <div className="flex flex-col justify-center gap-[calc(var(--u)*0.4)]">
                <Bar fact={ind.growth} scale={scale} className="bg-c1" label={growthLabel} />
                <Bar fact={ind.target} scale={scale} className="kpi-bar-target" label={targetLabel} />
              </div>
              <div className={cx(type.body, 'text-right font-semibold')}>
                {ind.gap && (
                  <DerivedFigure
                    item={ind.gap}
                    report={report}
                    signed
                    source={false}
                    badge={false}
                    className="justify-end"
                    valueClassName="whitespace-nowrap"
                  />
                )}
              </div>
            </li>
          ))}
        </ul>
        <p className={cx(type.small, 'text-muted')}>{t('kpi.gapNote', { year, review })}</p>
      </div>
    </SlideFrame>
  )
}

function Key({ className, label }: { className: string; label: string }) {
  return (
    <span className="inline-flex items-center gap-[calc(var(--u)*0.8)]">
      <span className={cx('inline-block h-[calc(var(--u)*1.6)] w-[calc(var(--u)*3)]', className)} />
      {label}
    </span>
  )
}

/** One rate as a bar from zero, its value written at its end (inside when there is room). */
function Bar({
  fact,
  scale,
  className,
  label,
}: {
  fact: Fact
  scale: ReturnType<typeof barScale>
  className: string
  label: string
}) {
  const { left, width } = scale(fact.value)
  const style = { '--left': `${left}%`, '--width': `${width}%` } as CSSProperties
  return (
    <div className="relative flex h-[calc(var(--u)*3)] items-center" style={style} data-kpi-bar="">
      <span className="sr-only">{label}</span>
      <span
        aria-hidden="true"
        className={cx('absolute inset-y-0 left-[var(--left)] w-[var(--width)] min-w-[2px]', className)}
      />
      <span
        className={cx(type.small, 'relative ml-[calc(var(--left)+var(--width)+var(--u)*0.8)] font-semibold')}
      >
        <FactFigure fact={fact} rate source={false} />
      </span>
    </div>
  )
}
