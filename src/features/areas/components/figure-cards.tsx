import { DerivedBadge } from '@/components/derived-badge'
import { DerivedFigure } from '@/components/derived-figure'
import { FactFigure } from '@/components/fact-figure'
import type { Derived, Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { ordinal } from '@/lib/i18n/languages'
import type { AreaFact } from '@/lib/report-model'
import { periodTag } from '@/lib/report-model/facts'
import { messages } from '../i18n'

const VALUE = 'font-bold text-2xl leading-tight'

/**
 * One stated figure as a row of its group: the name and when on the left, the value with its source
 * mark on the right, so a group reads like a short table rather than a wall of equal tiles.
 */
export function FactCard({ item, report }: { item: AreaFact; report: Report }) {
  const { t, lang } = useT(messages)
  const { t: tc } = useT()
  const { fact, rate } = item
  const period = periodTag(fact, report)
  return (
    <li className="flex min-w-0 items-baseline justify-between gap-3 border-line border-b py-1.5 last:border-b-0">
      <span className="flex min-w-0 flex-col">
        <span className="text-sm leading-snug">{fact.label[lang]}</span>
        <span className="flex flex-wrap gap-1 text-muted text-xs">
          <span>{period.kind === 'to-date' ? t('period.to-date') : t(`period.${period.kind}`, period)}</span>
          {fact.estimated && <span className="badge">{tc('estimated')}</span>}
          {fact.rank && (
            <span className="font-medium text-accent">
              {t('rank', { scope: fact.rank.scope[lang], position: ordinal(fact.rank.position, lang) })}
            </span>
          )}
        </span>
      </span>
      <FactFigure
        fact={fact}
        rate={rate}
        className="shrink-0"
        valueClassName="font-bold text-lg leading-tight"
      />
    </li>
  )
}

/** A figure computed here from the area's own figures: marked, with its formula and inputs. */
export function DerivedCard({ report, item }: { report: Report; item: Derived }) {
  const { lang } = useT(messages)
  return (
    <li className="card flex min-w-0 flex-col gap-1 border-dashed p-3">
      <DerivedFigure item={item} report={report} badge={false} layout="spread" valueClassName={VALUE} />
      <span className="text-sm leading-snug">{item.label[lang]}</span>
      <span>
        <DerivedBadge />
      </span>
    </li>
  )
}

/** A derived figure as a row of its group: dashed, marked, its formula behind its mark. */
export function DerivedRow({ report, item }: { report: Report; item: Derived }) {
  const { lang } = useT(messages)
  return (
    <li className="flex min-w-0 items-baseline justify-between gap-3 rounded border border-line border-dashed px-2 py-1.5">
      <span className="flex min-w-0 flex-col items-start gap-0.5">
        <span className="text-sm leading-snug">{item.label[lang]}</span>
        <DerivedBadge />
      </span>
      <DerivedFigure
        item={item}
        report={report}
        badge={false}
        className="shrink-0"
        valueClassName="font-bold text-lg leading-tight"
      />
    </li>
  )
}
