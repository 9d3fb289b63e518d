import { DerivedFigure } from '@/components/derived-figure'
import { FactFigure } from '@/components/fact-figure'
import { cx } from '@/lib/cx'
import { stageLabel } from '@/lib/dataset/labels'
import type { Fact, Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import type { PipelineModel } from '@/lib/report-model'
import { messages } from '../../i18n'
import { type } from '../type-scale'

function Count({ fact, label }: { fact: Fact; label: string }) {
  return (
    <FactFigure
      fact={fact}
      layout="stacked"
      caption={label}
      source={false}
      valueClassName={cx(type.big, 'text-accent')}
      captionClassName={type.body}
    />
  )
}

const Arrow = () => (
  <span aria-hidden="true" className={cx(type.h1, 'self-center text-muted')}>
    →
  </span>
)

/** The report's stage totals as it states them: 签约 75 → 落地 38; 开复工 180 → 44 / 14 / 53. */
export function Pipeline({ view, report }: { view: PipelineModel; report: Report }) {
  const { t, lang } = useT(messages)

  return (
    <div className="flex flex-col justify-around gap-[calc(var(--u)*3)]">
      <h3 className={cx(type.h2)}>{t('projects.pipeline')}</h3>
      {view.funnel.length > 0 && (
        <div className="flex flex-wrap items-start gap-[calc(var(--u)*2.4)]">
          {view.funnel.map((p, i) => (
            <span key={p.count.id} className="contents">
              {i > 0 && <Arrow />}
              <Count fact={p.count} label={stageLabel(p.stage, lang)} />
            </span>
          ))}
        </div>
      )}
      {view.started && (
        <div className="flex flex-col gap-[calc(var(--u)*1.2)]">
          <div className="flex flex-wrap items-start gap-[calc(var(--u)*2.4)]">
            <Count fact={view.started.count} label={stageLabel('started', lang)} />
            <Arrow />
            <span className={cx(type.body, 'self-center text-muted')}>{t('projects.of')}</span>
          </div>
          <div className="flex flex-wrap items-start gap-[calc(var(--u)*3)] pl-[calc(var(--u)*3)]">
            {view.parts.map((p) => (
              <Count key={p.count.id} fact={p.count} label={stageLabel(p.stage, lang)} />
            ))}
            {view.rest && (
              <DerivedFigure
                item={view.rest}
                report={report}
                source={false}
                layout="stacked"
                caption={t('projects.rest')}
                valueClassName={cx(type.big, 'text-muted')}
                captionClassName={type.body}
              />
            )}
          </div>
        </div>
      )}
    </div>
  )
}
