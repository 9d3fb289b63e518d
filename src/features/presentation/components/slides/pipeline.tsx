import { DerivedBadge } from '@/components/derived-badge'
import { SourceButton } from '@/components/source-button'
import { cx } from '@/lib/cx'
import type { Fact } from '@/lib/dataset/schema'
import { formatQuantity } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import type { PipelineView } from '../../model/slides'
import { type } from '../type-scale'

function Count({ fact, label }: { fact: Fact; label: string }) {
  const { lang } = useT('presentation')
  return (
    <span className="inline-flex flex-col">
      <span className={cx(type.big, 'text-[var(--accent)]')}>
        {formatQuantity(fact.value, fact.unit, lang, { qualifier: fact.qualifier })}
      </span>
      <span className={cx(type.body, 'flex items-center gap-2')}>
        {label}
        <SourceButton id={fact.id} label={label} quote={fact.quote} />
      </span>
    </span>
  )
}

const Arrow = () => (
  <span aria-hidden="true" className={cx(type.h1, 'self-center text-[var(--muted)]')}>
    →
  </span>
)

/** The report's stage totals as it states them: 签约 75 → 落地 38; 开复工 180 → 44 / 14 / 53. */
export function Pipeline({ view }: { view: PipelineView }) {
  const { t, lang } = useT('presentation')

  return (
    <div className="flex flex-col gap-[calc(var(--u)*3)]">
      <h3 className={cx(type.h2)}>{t('projects.pipeline')}</h3>
      {view.funnel.length > 0 && (
        <div className="flex flex-wrap items-start gap-[calc(var(--u)*2.4)]">
          {view.funnel.map((p, i) => (
            <span key={p.count.id} className="contents">
              {i > 0 && <Arrow />}
              <Count fact={p.count} label={t(`projects.${p.stage}`)} />
            </span>
          ))}
        </div>
      )}
      {view.started && (
        <div className="flex flex-col gap-[calc(var(--u)*1.2)]">
          <div className="flex flex-wrap items-start gap-[calc(var(--u)*2.4)]">
            <Count fact={view.started.count} label={t('projects.started')} />
            <Arrow />
            <span className={cx(type.body, 'self-center text-[var(--muted)]')}>{t('projects.of')}</span>
          </div>
          <div className="flex flex-wrap items-start gap-[calc(var(--u)*3)] pl-[calc(var(--u)*3)]">
            {view.parts.map((p) => (
              <Count key={p.count.id} fact={p.count} label={t(`projects.${p.stage}`)} />
            ))}
            {view.rest && (
              <span className="inline-flex flex-col">
                <span className={cx(type.big, 'text-[var(--muted)]')}>
                  {formatQuantity(view.rest.value, view.rest.unit, lang)}
                </span>
                <span className={cx(type.body, 'flex items-center gap-2')}>
                  {t('projects.rest')}
                  <DerivedBadge />
                  <SourceButton
                    id={view.rest.id}
                    label={view.rest.label[lang]}
                    detail={
                      <span>
                        {view.rest.formula[lang]}
                        {view.rest.note && (
                          <span className="block text-[var(--muted)]">{view.rest.note[lang]}</span>
                        )}
                      </span>
                    }
                  />
                </span>
              </span>
            )}
          </div>
        </div>
      )}
    </div>
  )
}
