import type { ReactNode } from 'react'
import { RouteLink } from '@/components/route-link'
import type { Indicator } from '@/lib/dataset/schema'
import { formatQuantity } from '@/lib/format/quantity'
import { formatList, useT } from '@/lib/i18n'
import { ratesWithoutLevel } from '@/lib/report-model/indicators'
import { routes } from '@/lib/routes/routes'
import { messages } from '../i18n'
import type { KpiCard, RateDomain } from '../model/kpi-cards'

type Props = {
  year: number
  domain: RateDomain
  indicators: readonly Indicator[]
  stretch?: KpiCard
  extra?: ReactNode
}

/**
 * The eighth cell of the grid: how to read the cards, which target is the biggest stretch (in words,
 * for everyone, not only for screen readers), and the way on to the Targets screen.
 */
export function LegendCard({ year, domain, indicators, stretch, extra }: Props) {
  const { t, lang } = useT(messages)
  const pct = (v: number) => formatQuantity(v, '%', lang)
  const real = ratesWithoutLevel(indicators).real
  return (
    <aside
      // With monitoring figures (<html data-actuals>, set before the first paint) the card tightens (the
      // two marks share a line) and reserves a fixed one-line slot for its lazy status note: its height is
      // known at the first paint, so the note arrives without a shift and nothing in the card is clipped.
      className="card flex min-w-0 flex-col gap-2 p-3 text-sm lg:p-4 2xl:p-5 2xl:text-base [[data-actuals]_&]:gap-1.5"
      aria-label={t('legend.title')}
    >
      <h3 className="font-semibold text-sm 2xl:text-lg">{t('legend.title')}</h3>
      <ul className="flex flex-col gap-1 [[data-actuals]_&]:flex-row [[data-actuals]_&]:flex-wrap [[data-actuals]_&]:gap-x-3">
        <li className="flex items-center gap-2">
          <span className="inline-block h-2 w-6 rounded-sm bg-c1" aria-hidden="true" />
          {t('legend.growth', { year: year - 1 })}
        </li>
        <li className="flex items-center gap-2">
          <span className="ml-2.5 inline-block h-4 w-[3px] rounded-sm bg-fg" aria-hidden="true" />
          <span className="ml-2.5">{t('legend.target', { year })}</span>
        </li>
        <li className="text-muted text-xs [[data-actuals]_&]:basis-full">
          {t('legend.scale', { min: pct(domain.min), max: pct(domain.max) })}
        </li>
      </ul>
      {stretch?.gap && (
        <p className="m-0 font-medium text-xs leading-snug 2xl:text-sm" data-testid="biggest-stretch">
          {t('legend.stretch', {
            name: stretch.label[lang],
            gap: formatQuantity(stretch.gap.value, stretch.gap.unit, lang, {
              decimals: stretch.gap.decimals,
              signed: true,
            }),
          })}
        </p>
      )}
      {real.length > 0 && (
        <p className="m-0 text-muted text-xs leading-snug 2xl:text-sm">
          {t('legend.note', {
            names: formatList(
              real.map((i) => i.label[lang]),
              lang,
            ),
          })}
        </p>
      )}
      <div
        className="hidden h-[23px] shrink-0 overflow-hidden border-line border-t pt-1.5 text-xs 2xl:h-[27px] 2xl:text-sm [[data-actuals]_&]:block"
        data-status-slot=""
      >
        {extra}
      </div>
      <RouteLink to={routes.targets()} className="link mt-auto font-medium">
        {t('legend.toTargets', { year })} →
      </RouteLink>
    </aside>
  )
}
