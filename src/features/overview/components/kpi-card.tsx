import { type ReactNode, useId } from 'react'
import { DerivedFigure, derivedSource } from '@/components/derived-figure'
import { FactFigure, factSource } from '@/components/fact-figure'
import { SourceButton, type SourceItem } from '@/components/source-button'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'
import type { KpiCard as Card } from '../model/kpi-cards'
import { Bullet } from './bullet'

function Estimated() {
  const { t } = useT()
  return <span className="badge">{t('estimated')}</span>
}

/**
 * Everything a card's figures rest on, for its one info mark: the 2022 sentence (level and growth
 * share it), the 2023 target's, and the gap's formula.
 */
function useCardSources(card: Card, report: Report): SourceItem[] {
  const { t, lang } = useT(messages)
  const review = report.year - 1
  const stated = [card.actual, card.growth].filter((f) => f !== undefined)
  const items: SourceItem[] = []
  const seen = new Set<string>()
  for (const f of stated)
    if (!seen.has(f.quote)) {
      seen.add(f.quote)
      items.push(factSource(f, t('sources.review', { year: review })))
    }
  items.push(factSource(card.target, t('target', { year: report.year })))
  if (card.gap) items.push(derivedSource(report, card.gap, card.gap.label[lang]))
  return items
}

/**
 * One headline indicator: the 2022 level and growth, the 2023 target and the gap between them; with
 * monitoring figures, also this year's latest cumulative growth and its light (`status`), in a row
 * that CSS reserves from the first paint whenever <html data-actuals> is set, and hides otherwise.
 */
export function KpiCard({
  card,
  report,
  status,
  trend,
}: {
  card: Card
  report: Report
  status?: ReactNode
  /** The indicator's years, when the county has more than one report (loaded apart). */
  trend?: ReactNode
}) {
  const { t, lang } = useT(messages)
  const titleId = useId()
  const review = report.year - 1
  const sources = useCardSources(card, report)
  return (
    <article
      aria-labelledby={titleId}
      className="card flex min-w-0 flex-col gap-1.5 p-3 lg:gap-2 lg:p-4 2xl:gap-3 2xl:p-5 [.projector_&]:2xl:gap-2 [.projector_&]:2xl:py-4"
      data-stretch={card.stretch || undefined}
    >
      <header className="flex items-start justify-between gap-2">
        <h3 id={titleId} className="line-clamp-2 min-h-[2lh] font-semibold text-sm leading-snug 2xl:text-lg">
          {card.label[lang]}
        </h3>
        <span className="flex shrink-0 items-start gap-1">
          <span className="flex flex-col items-end gap-0.5">
            {card.estimated && <Estimated />}
            {card.basis !== 'nominal' && (
              <span className="badge" title={t(`basisHint.${card.basis}`)}>
                {t(`basis.${card.basis}`)}
              </span>
            )}
          </span>
          <SourceButton label={card.label[lang]} items={sources} className="-mt-0.5 -mr-1" />
        </span>
      </header>
      <div className="flex min-h-9 flex-wrap items-center gap-x-1.5 lg:min-h-10 2xl:min-h-16 [.projector_&]:2xl:min-h-12">
        {card.actual ? (
          <FactFigure
            fact={card.actual}
            source={false}
            valueClassName="font-bold text-2xl lg:text-3xl 2xl:text-5xl [.projector_&]:2xl:text-4xl"
          />
        ) : (
          <span className="text-muted text-sm 2xl:text-lg">{t('noLevel')}</span>
        )}
      </div>
      <dl className="grid grid-cols-2 gap-x-2 text-sm">
        <div className="flex flex-col">
          <dt className="flex items-center gap-1 text-muted text-xs 2xl:text-base">
            <span className="inline-block h-2 w-3 rounded-sm bg-c1" aria-hidden="true" />
            {t('growth', { year: review })}
          </dt>
          <dd className="m-0">
            <FactFigure
              fact={card.growth}
              rate
              source={false}
              valueClassName="font-semibold text-lg lg:text-xl 2xl:text-3xl [.projector_&]:2xl:text-2xl"
            />
          </dd>
        </div>
        <div className="flex flex-col">
          <dt className="flex items-center gap-1 text-muted text-xs 2xl:text-base">
            <span className="inline-block h-3 w-[3px] rounded-sm bg-fg" aria-hidden="true" />
            {t('target', { year: report.year })}
          </dt>
          <dd className="m-0">
            <FactFigure
              fact={card.target}
              rate
              source={false}
              valueClassName="font-semibold text-lg lg:text-xl 2xl:text-3xl [.projector_&]:2xl:text-2xl"
            />
          </dd>
        </div>
      </dl>
      <div
        className="hidden h-6 min-w-0 items-center overflow-hidden whitespace-nowrap text-sm 2xl:h-8 2xl:text-lg [.projector_&]:2xl:h-6 [.projector_&]:2xl:text-base [[data-actuals]_&]:flex"
        data-kpi-status={card.id}
      >
        {status}
      </div>
      <Bullet geometry={card.bullet} />
      {trend}
      {card.gap && (
        <div
          className="m-0 flex items-center gap-x-1.5 whitespace-nowrap text-sm 2xl:text-lg"
          title={t(`gapDirection.${card.gapDirection}`)}
        >
          <span className="text-muted text-xs 2xl:text-base">{t('gap')}</span>
          <DerivedFigure
            item={card.gap}
            report={report}
            signed
            source={false}
            className="gap-x-1.5"
            valueClassName="font-semibold"
          />
          {card.stretch && (
            <strong className="ml-auto rounded bg-accent px-1.5 font-semibold text-accent-fg text-xs leading-5 2xl:text-sm">
              {t('stretch')}
            </strong>
          )}
        </div>
      )}
    </article>
  )
}
