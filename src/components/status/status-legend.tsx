import { cx } from '@/lib/cx'
import { formatNumber } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import { LIGHTS, type RuleId } from '@/lib/status/rules'
import type { Thresholds } from '@/lib/status/thresholds'
import { statusMessages } from './i18n'
import { LightIcon } from './status-light'

type Props = {
  thresholds: Thresholds
  /** The rules to state (the Monitoring screen states both of its rules). */
  rules?: readonly RuleId[]
  /** Drop each rule's formula line (a slide's footer has room for the criteria only). */
  compact?: boolean
  className?: string
  /** Classes of the heading; none is drawn when null. */
  titleClassName?: string | null
}

const tolerance = (rule: RuleId, t: Thresholds) =>
  rule === 'growth-vs-target' ? t.growthTolerance : t.progressTolerance

/**
 * The stated 三色 rules with the user's thresholds: each light's shape, word and criterion. Shown on the
 * Monitoring screen, on the deck's monitoring slide and written into exports, so no light is a mystery.
 */
export function StatusLegend({
  thresholds,
  rules = ['growth-vs-target', 'progress-vs-time'],
  compact,
  className,
  titleClassName = 'font-semibold',
}: Props) {
  const { t, lang } = useT(statusMessages)
  return (
    <div className={cx('flex flex-col gap-1', className)} data-status-legend="">
      {titleClassName !== null && <p className={titleClassName}>{t('legend.title')}</p>}
      <dl className="flex flex-col gap-1">
        {rules.map((rule) => (
          <div key={rule} className="flex flex-col">
            <dt className="font-medium">{t(`rule.${rule}.name`)}</dt>
            {!compact && <dd className="m-0 text-muted">{t(`rule.${rule}.formula`)}</dd>}
            <dd className="m-0 flex flex-wrap gap-x-4 gap-y-0.5">
              {LIGHTS.map((light) => (
                <span key={light} className="inline-flex items-center gap-1">
                  <LightIcon light={light} />
                  <span className="font-medium">{t(`light.${light}`)}</span>
                  <span className="text-muted">
                    {t(`rule.${rule}.${light}`, {
                      tolerance: formatNumber(tolerance(rule, thresholds), lang),
                    })}
                  </span>
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
