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

/** One stated figure: value with unit and qualifier, label, when, and its quote. */
export function FactCard({ item, report }: { item: AreaFact; report: Report }) {
  const { t, lang } = useT(messages)
  const { t: tc } = useT()
  const { fact, rate } = item
  const period = periodTag(fact, report)
  return (
    <li className="card flex min-w-0 flex-col gap-1 p-3">
      <FactFigure fact={fact} rate={rate} layout="spread" valueClassName={VALUE} />
      <span className="text-sm leading-snug">{fact.label[lang]}</span>
      {fact.rank && (
        <span className="font-medium text-accent text-xs">
          {t('rank', { scope: fact.rank.scope[lang], position: ordinal(fact.rank.position, lang) })}
        </span>
      )}
      <span className="flex flex-wrap gap-1 text-muted text-xs">
        <span>{period.kind === 'to-date' ? t('period.to-date') : t(`period.${period.kind}`, period)}</span>
        {fact.estimated && <span className="badge">{tc('estimated')}</span>}
      </span>
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
