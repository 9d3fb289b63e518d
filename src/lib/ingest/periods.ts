import type { Fact } from '../dataset/schema'

// The schema's Period names two years ('2022', '2023') and 'to-date'. A draft states which year its
// review and its plan cover; where those years are not in the schema, the period is written by role
// (review → '2022', plan → '2023') and the review warns, because the schema cannot say it.

export type Years = { review: number; plan: number }

export function toSchemaPeriod(period: 'review' | 'plan' | 'to-date', years: Years): Fact['period'] {
  if (period === 'to-date') return 'to-date'
  const year = period === 'review' ? years.review : years.plan
  if (year === 2022) return '2022'
  if (year === 2023) return '2023'
  return period === 'review' ? '2022' : '2023'
}

export function periodWarning(years: Years): string | undefined {
  const fits = (y: number) => y === 2022 || y === 2023
  if (fits(years.review) && fits(years.plan)) return undefined
  return `the schema's periods are the years 2022 and 2023; this text covers ${years.review} (review) and ${years.plan} (plan), so its periods are written by role (review → 2022, plan → 2023) and must not be read as years`
}
