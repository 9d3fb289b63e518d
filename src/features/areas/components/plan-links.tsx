import { Panel } from '@/components/panel'
import { RouteLink } from '@/components/route-link'
import { useT } from '@/lib/i18n'
import { ordinal } from '@/lib/i18n/languages'
import type { PlanLink } from '@/lib/report-model/plan-links'
import { routes } from '@/lib/routes/routes'
import { messages } from '../i18n'

/**
 * The report's problems and its year's tasks whose sentence uses one of the area's words (the rule is
 * src/lib/report-model/plan-links.ts), each with its quote, the word in bold, and the way to its passage.
 */
export function PlanLinks({
  links,
  terms,
  year,
}: {
  links: readonly PlanLink[]
  terms: readonly string[]
  /** The report's year: its plan is that year's tasks. */
  year: number
}) {
  const { t, lang } = useT(messages)
  return (
    <Panel title={t('plan.title', { year })} id="plan-links">
      <p className="text-muted text-xs">{t('plan.rule', { terms: terms.join('、') })}</p>
      <ul className="flex flex-col gap-2">
        {links.map(({ item, term }) => {
          const at = item.quote.indexOf(term)
          const kind =
            item.kind === 'problem'
              ? t('plan.problem')
              : item.taskOrdinal
                ? t('plan.taskItem', { year, ordinal: ordinal(item.taskOrdinal, lang) })
                : t('plan.task', { year })
          return (
            <li key={item.id} className="flex flex-col gap-0.5 border-line border-l-4 pl-2">
              <span className="text-muted text-xs">
                <strong className="font-semibold text-fg">{kind}</strong> · {t('plan.term', { term })}
              </span>
              <q lang="zh-CN" className="text-sm leading-relaxed">
                {item.quote.slice(0, at)}
                <b>{term}</b>
                {item.quote.slice(at + term.length)}
              </q>
              <RouteLink to={routes.source({ hl: item.id })} className="link self-start text-xs">
                {t('plan.open')} →
              </RouteLink>
            </li>
          )
        })}
      </ul>
    </Panel>
  )
}
