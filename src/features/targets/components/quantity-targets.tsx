import { DerivedFigure } from '@/components/derived-figure'
import { FactFigure } from '@/components/fact-figure'
import { Panel } from '@/components/panel'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { reportModel } from '@/lib/report-model'
import { messages } from '../i18n'

/** Targets the plan states as quantities (e.g. 2700 new market entities), beside last year's figure. */
export function QuantityTargets({ report }: { report: Report }) {
  const { t, lang } = useT(messages)
  const items = reportModel(report).targets
  if (!items.length) return null
  const years = { review: report.year - 1, year: report.year }
  return (
    <Panel title={t('quantity.title', years)}>
      <ul className="flex flex-col gap-2">
        {items.map(({ fact, comparison }) => (
          <li key={fact.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span>{fact.label[lang]}</span>
            <span className="font-bold text-lg">
              <FactFigure fact={fact} />
            </span>
            {comparison && (
              <span className="text-muted text-sm">
                {t('quantity.vs', years)} <DerivedFigure item={comparison} report={report} signed />
              </span>
            )}
          </li>
        ))}
      </ul>
    </Panel>
  )
}
