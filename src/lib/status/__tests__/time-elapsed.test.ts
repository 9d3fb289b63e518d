import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  daysInMonth,
  elapsedAt,
  elapsedForPeriod,
  isQuarterEnd,
  parseAsOf,
  quarterEndMonth,
} from '../time-elapsed'

const isoDate = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
const dateArb = fc
  .record({ year: fc.integer({ min: 2000, max: 2100 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) =>
    fc.integer({ min: 1, max: daysInMonth(year, month) }).map((day) => ({ year, month, day })),
  )

describe('time elapsed (时序进度)', () => {
  it('is month ÷ 12 for a cumulative period: 1–3月 = 25%, 上半年 = 50%, 全年 = 100%', () => {
    expect(elapsedForPeriod({ year: 2023, month: 3 })).toBe(0.25)
    expect(elapsedForPeriod({ year: 2023, month: quarterEndMonth(2) })).toBe(0.5)
    expect(elapsedForPeriod({ year: 2023, month: quarterEndMonth(4) })).toBe(1)
  })

  it('refuses a month outside 1–12', () => {
    for (const month of [0, 13, 2.5, Number.NaN])
      expect(() => elapsedForPeriod({ year: 2023, month })).toThrow(RangeError)
  })

  it('knows quarter ends', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter(isQuarterEnd)).toEqual([3, 6, 9, 12])
  })

  it('at a month-end as-of date equals the month-based value (截至6月底 = 50%)', () => {
    expect(elapsedAt('2023-06-30')).toBe(0.5)
    expect(elapsedAt('2024-02-29')).toBe(2 / 12) // leap year
    expect(elapsedAt('2023-12-31')).toBe(1)
  })

  it('inside a month counts only the days gone by', () => {
    expect(elapsedAt('2023-04-15')).toBeCloseTo((3 + 15 / 30) / 12, 12)
  })

  it('rejects dates that do not exist, naming them', () => {
    expect(() => elapsedAt('2023-02-29')).toThrow(/2023-02-29/)
    expect(() => elapsedAt('2023/06/30')).toThrow(RangeError)
    expect(() => parseAsOf('')).toThrow(RangeError)
  })

  it('property: month-based elapsed is in (0, 1] and strictly increasing with the month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 11 }), (m) => {
        const a = elapsedForPeriod({ year: 2023, month: m })
        const b = elapsedForPeriod({ year: 2023, month: m + 1 })
        return a > 0 && a < b && b <= 1
      }),
    )
  })

  it('property: elapsed at a date is in (0, 1], never ahead of the month-end value, and monotone in the date', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (a, b) => {
        const ea = elapsedAt(isoDate(a.year, a.month, a.day))
        expect(ea).toBeGreaterThan(0)
        expect(ea).toBeLessThanOrEqual(a.month / 12)
        expect(ea).toBeGreaterThan((a.month - 1) / 12)
        if (a.year === b.year) {
          const eb = elapsedAt(isoDate(b.year, b.month, b.day))
          const aFirst = a.month < b.month || (a.month === b.month && a.day <= b.day)
          if (aFirst) expect(ea).toBeLessThanOrEqual(eb)
          else expect(eb).toBeLessThanOrEqual(ea)
        }
      }),
    )
  })
})
