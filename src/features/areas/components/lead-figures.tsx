import { FactFigure } from '@/components/fact-figure'
import type { Fact, Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { ordinal } from '@/lib/i18n/languages'
import type { LeadFigure } from '@/lib/report-model'
import { periodTag } from '@/lib/report-model/facts'
import { messages } from '../i18n'

/** The area's lead figures, large, each with the report's words that state it (its quote). */
export function LeadFigures({ lead, report }: { lead: LeadFigure[]; report: Report }) {
  const { t, lang } = useT(messages)
  const when = (fact: Fact) => {
    const period = periodTag(fact, report)
    return period.kind === 'to-date' ? t('period.to-date') : t(`period.${period.kind}`, period)
  }
  return (
    <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3" aria-label={t('leadHeading')}>
      {lead.map(({ fact, growth }) => (
        <li key={fact.id} className="card flex min-w-0 flex-col gap-1.5 border-t-4 border-t-accent p-4">
          <span className="flex flex-wrap gap-x-2 text-muted text-sm">
            <span className="font-medium">{fact.label[lang]}</span>
            <span>{when(fact)}</span>
          </span>
          <span className="flex flex-wrap items-baseline gap-x-3">
            <FactFigure fact={fact} valueClassName="font-bold text-4xl leading-none" />
            {growth && (
              <span className="inline-flex items-baseline gap-1 text-lg">
                <span className="text-muted text-sm">{t('growth')}</span>
                <FactFigure fact={growth} rate source={false} valueClassName="font-semibold" />
              </span>
            )}
          </span>
          {fact.rank && (
            <span className="font-medium text-accent text-sm">
              {t('rank', { scope: fact.rank.scope[lang], position: ordinal(fact.rank.position, lang) })}
            </span>
          )}
          <q lang="zh-CN" className="text-muted text-sm leading-relaxed">
            {fact.quote}
          </q>
        </li>
      ))}
    </ul>
  )
}
