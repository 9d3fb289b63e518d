import { useT } from '@/lib/i18n'
import { messages } from '../i18n'

const STEPS = ['ranked', 'headline', 'yi', 'measured', 'rates', 'counts'] as const

/**
 * How the index chose each area's figures, in the words of src/lib/report-model/lead-figures.ts: a
 * reader who wonders why 粮食产量 and not 播种面积 leads can read the rule. It opens over the page (no
 * layout shift) and closes like any disclosure.
 */
export function LeadRuleNote() {
  const { t } = useT(messages)
  return (
    <details className="relative text-sm">
      <summary className="cursor-pointer text-link">{t('leadRule.summary')}</summary>
      <div className="card absolute right-0 z-30 mt-1 w-[min(34rem,90vw)] p-3 shadow-lg">
        <p>{t('leadRule.intro')}</p>
        <ol className="mt-1 list-decimal pl-5">
          {STEPS.map((s) => (
            <li key={s}>{t(`leadRule.${s}`)}</li>
          ))}
        </ol>
        <p className="mt-1 text-muted">{t('leadRule.ties')}</p>
      </div>
    </details>
  )
}
