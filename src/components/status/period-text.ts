import type { StatusT } from './i18n'

export type CumulativePeriod = { year: number; month: number }

/** A cumulative period as people say it: 2023年1–6月 / Jan–Jun 2023 (short: 1–6月 / Jan–Jun). */
export function periodText(t: StatusT, p: CumulativePeriod, short = false): string {
  return t(short ? 'period.short' : 'period.full', { year: p.year, month: p.month })
}
