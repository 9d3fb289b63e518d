import { describe, expect, it } from 'vitest'
import type { Fact } from '@/lib/dataset/schema'
import type { Trend } from '@/lib/report-model/years'
import { trendLine } from '../model/trend-line'

const point = (year: number, value: number) => ({
  year,
  growth: {
    fact: { value } as Fact,
    reportId: `r-${year + 1}`,
    title: { zh: 't', en: 't' },
    reportYear: year + 1,
  },
})
const trend = (values: [number, number][]): Trend => ({
  key: 'gdp',
  label: { zh: '地区生产总值', en: 'GDP' },
  basis: 'real',
  points: values.map(([y, v]) => point(y, v)),
})

describe('a card’s years as dots', () => {
  it('spreads the years across the line, higher growth higher up, the shown year filled', () => {
    const line = trendLine(
      trend([
        [2021, 6.8],
        [2022, 5],
        [2023, 5.6],
      ]),
      2022,
    )
    expect(line.dots.map((d) => d.x)).toEqual([3, 36, 69])
    const [a, b, c] = line.dots
    expect(a && b && c && a.y < c.y && c.y < b.y).toBe(true)
    expect(line.dots.map((d) => d.current)).toEqual([false, true, false])
    expect(line.zeroY).toBeNull()
  })

  it('draws the zero line when a year shrank, below it', () => {
    const line = trendLine(
      trend([
        [2022, -2.5],
        [2023, 3],
      ]),
      2023,
    )
    expect(line.zeroY).not.toBeNull()
    expect(line.dots[0]?.y).toBeGreaterThan(line.zeroY ?? 0)
  })
})
