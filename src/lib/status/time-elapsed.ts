// 时序进度: the share of the year gone by, against which amounts and counts are judged. Month-based,
// as the statistics bureau reports (1–N月累计): 1–3月 = 3/12 = 25%. Quarters end in months 3/6/9/12, so a
// quarterly figure (一季度, 上半年, 前三季度, 全年) is the cumulative period ending in that month.

/** A cumulative period: January to `month` of `year` (1–N月累计). */
export type CumulativePeriod = { year: number; month: number }

function checkMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`month must be an integer 1–12, got ${month}`)
  }
}

/** Time elapsed for 1–`month`月, as a fraction 0–1 (1–3月 → 0.25, 全年 → 1). */
export function elapsedForPeriod(period: CumulativePeriod): number {
  checkMonth(period.month)
  return period.month / 12
}

/** The month a quarter ends in: Q1 → 3, Q4 → 12. */
export function quarterEndMonth(quarter: 1 | 2 | 3 | 4): number {
  return quarter * 3
}

/** True for 3/6/9/12, where a quarterly figure (GDP, rural income) can be published. */
export function isQuarterEnd(month: number): boolean {
  checkMonth(month)
  return month % 3 === 0
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Parses 'YYYY-MM-DD' (the ledger's as-of date), or throws a RangeError naming the text. */
export function parseAsOf(date: string): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(date)
  const year = Number(m?.[1])
  const month = Number(m?.[2])
  const day = Number(m?.[3])
  if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`not a date (YYYY-MM-DD): ${date.slice(0, 40)}`)
  }
  return { year, month, day }
}

/**
 * Time elapsed at a ledger's as-of date. A ledger 截至6月底 (2023-06-30) is exactly 6/12; a date inside a
 * month counts the days of that month gone by, so an as-of date never claims a month it has not finished.
 */
export function elapsedAt(date: string): number {
  const { year, month, day } = parseAsOf(date)
  const days = daysInMonth(year, month)
  if (day === days) return month / 12
  return (month - 1 + day / days) / 12
}
