import { useId } from 'react'
import { FactFigure } from '@/components/fact-figure'
import { RouteLink } from '@/components/route-link'
import { useT } from '@/lib/i18n'
import type { PeriodTag, HeadlineTile as Tile } from '@/lib/report-model'
import { messages } from '../i18n'

function usePeriodText() {
  const { t } = useT(messages)
  return (p: PeriodTag) =>
    p.kind === 'to-date' ? t('period.to-date') : t(`period.${p.kind}`, { year: p.year })
}

/** A label that already says its year ("New market entities (2023 target)") needs no period tag. */
function namesPeriod(label: string, p: PeriodTag): boolean {
  return p.kind !== 'to-date' && label.includes(String(p.year))
}

export function HeadlineTile({ tile }: { tile: Tile }) {
  const { t, lang } = useT(messages)
  const period = usePeriodText()
  const titleId = useId()
  return (
    <section
      aria-labelledby={titleId}
      className="card flex min-w-0 flex-col gap-1 px-3 py-2 lg:gap-1.5 lg:p-3 2xl:gap-2 2xl:p-5"
    >
      <header className="flex items-center justify-between gap-2">
        <h3 id={titleId} className="font-semibold text-sm 2xl:text-lg [.projector_&]:2xl:text-base">
          {t(`headlines.${tile.key}`)}
        </h3>
        {tile.href && (
          <RouteLink to={tile.href} className="link text-xs 2xl:text-sm">
            {t('headlines.more')} →
          </RouteLink>
        )}
      </header>
      <ul className="flex flex-col gap-0.5">
        {tile.items.map(({ fact, period: p }) => (
          <li key={fact.id} className="flex flex-col items-start">
            <span className="min-w-0 text-muted text-xs 2xl:text-base [.projector_&]:2xl:text-sm">
              {fact.label[lang]}
              {!namesPeriod(fact.label[lang], p) && <span className="whitespace-nowrap"> · {period(p)}</span>}
            </span>
            <FactFigure
              fact={fact}
              valueClassName="font-bold text-base lg:text-lg 2xl:text-2xl [.projector_&]:2xl:text-xl"
            />
          </li>
        ))}
      </ul>
    </section>
  )
}
