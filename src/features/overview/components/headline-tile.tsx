import { useId } from 'react'
import { FactFigure, factSource } from '@/components/fact-figure'
import { RouteLink } from '@/components/route-link'
import { SourceButton, type SourceItem } from '@/components/source-button'
import type { Fact } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { type Lang, ordinal } from '@/lib/i18n/languages'
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

/** The tile's quotes for its one info mark: each sentence once, and a rank's own words. */
function tileSources(facts: Fact[], lang: Lang): SourceItem[] {
  const items: SourceItem[] = []
  const seen = new Set<string>()
  const several = new Set(facts.map((f) => f.quote)).size > 1
  for (const f of facts) {
    if (!seen.has(f.quote)) {
      seen.add(f.quote)
      items.push(factSource(f, several ? f.label[lang] : undefined))
    }
    if (f.rank && !f.quote.includes(f.rank.quote)) items.push({ id: f.id, quote: f.rank.quote })
  }
  return items
}

export function HeadlineTile({ tile }: { tile: Tile }) {
  const { t, lang } = useT(messages)
  const period = usePeriodText()
  const titleId = useId()
  const title = t(`headlines.${tile.key}`)
  return (
    <section
      aria-labelledby={titleId}
      className="card flex min-w-0 flex-col gap-1 px-3 py-2 lg:gap-1.5 lg:p-3 2xl:gap-2 2xl:p-5"
    >
      <header className="flex items-center justify-between gap-2">
        <h3 id={titleId} className="font-semibold text-sm 2xl:text-lg [.projector_&]:2xl:text-base">
          {title}
        </h3>
        <span className="flex items-center gap-1">
          {tile.href && (
            <RouteLink to={tile.href} className="link text-xs 2xl:text-sm">
              {t('headlines.more')} →
            </RouteLink>
          )}
          <SourceButton
            label={title}
            items={tileSources(
              tile.items.map((i) => i.fact),
              lang,
            )}
            className="-my-1 -mr-1"
          />
        </span>
      </header>
      <ul className="flex flex-col gap-0.5">
        {tile.items.map(({ fact, period: p }) => (
          <li key={fact.id} className="flex flex-col items-start">
            <span className="min-w-0 text-muted text-xs 2xl:text-base [.projector_&]:2xl:text-sm">
              {fact.label[lang]}
              {!namesPeriod(fact.label[lang], p) && <span className="whitespace-nowrap"> · {period(p)}</span>}
            </span>
            <span className="flex flex-wrap items-baseline gap-x-2">
              <FactFigure
                fact={fact}
                source={false}
                valueClassName="font-bold text-base lg:text-lg 2xl:text-2xl [.projector_&]:2xl:text-xl"
              />
              {fact.rank && (
                <span className="font-medium text-accent text-xs 2xl:text-base">
                  {t('rank', { scope: fact.rank.scope[lang], position: ordinal(fact.rank.position, lang) })}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
