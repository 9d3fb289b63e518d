import { formatQuantity, type Lang } from '@/lib/format/quantity'
import type { Unit } from '@/lib/format/units'
import type { StatusResult } from '@/lib/status/rules'
import type { StatusT } from './i18n'

const pct = (v: number, lang: Lang) => formatQuantity(Math.round(v * 10) / 10, '%', lang, { rate: true })
const pp = (v: number, lang: Lang, signed = false) =>
  formatQuantity(Math.round(v * 100) / 100, '百分点', lang, { rate: true, signed })

/**
 * Why a figure has its light, in words, with the numbers the rule used: "累计增速 6.2%，目标 7.0%，差距
 * -0.8个百分点；低于目标 1.0个百分点以内为预警". `unit` is the amount target's unit (progress rule).
 */
export function whyText(t: StatusT, status: StatusResult, lang: Lang, unit?: Unit): string {
  if (status.light === null) return t(`none.${status.reason}`)
  const tolerance = pp(status.tolerance, lang)
  const gap = pp(status.gap, lang, true)
  if (status.rule === 'growth-vs-target')
    return t('why.growth', {
      growth: pct(status.compared.actual, lang),
      target: pct(status.compared.expected, lang),
      gap,
      tolerance,
    })
  const amount = (v: number | undefined) =>
    v === undefined ? '—' : unit ? formatQuantity(v, unit, lang) : String(v)
  return t('why.progress', {
    progress: pct(status.compared.actual, lang),
    cumulative: amount(status.inputs.cumulative ?? status.inputs.completed),
    target: amount(status.inputs.target ?? status.inputs.plan),
    elapsed: pct(status.compared.expected, lang),
    gap,
    tolerance,
  })
}
