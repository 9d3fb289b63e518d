import { describe, expect, it } from 'vitest'
import { indicatorSeries, redList } from '../series'

describe('indicator series', () => {
  const points = [
    { year: 2023, month: 6, growth: 6.1, value: 100, unit: '亿元' },
    { year: 2023, month: 3, growth: 7.4, value: 50, unit: '亿元' },
    { year: 2022, month: 12, growth: 4.1 }, // last year: not part of 2023's series
    { year: 2023, month: 9, value: 160, unit: '亿元' }, // no growth yet for 1–9月
  ]

  it('orders the year by month and judges the latest month that has a growth figure', () => {
    const s = indicatorSeries({
      indicatorId: 'retail-sales',
      year: 2023,
      points,
      target: { kind: 'growth', target: 8 },
    })
    expect(s.points.map((p) => p.month)).toEqual([3, 6, 9])
    expect(s.latest).toMatchObject({ month: 6, growth: 6.1 })
    expect(s.gap).toBeCloseTo(-1.9, 9)
    expect(s.status.light).toBe('red')
  })

  it('judges an amount target by progress against time elapsed, at the latest value', () => {
    const s = indicatorSeries({
      indicatorId: 'market-entities-target-2023',
      year: 2023,
      points: [{ year: 2023, month: 3, value: 700, unit: '户主体' }],
      target: { kind: 'amount', target: 2700, unit: '户主体' },
    })
    expect(s.status).toMatchObject({ light: 'green', rule: 'progress-vs-time', compared: { expected: 25 } })
  })

  it('with no actuals yet: no latest value, no light, and the reason', () => {
    const s = indicatorSeries({
      indicatorId: 'gdp',
      year: 2023,
      points: [],
      target: { kind: 'growth', target: 8 },
    })
    expect(s).toMatchObject({ latest: null, gap: null, status: { light: null, reason: 'no-actual' } })
  })
})

describe('red list', () => {
  const mk = (id: string, growth: number, target: number) =>
    indicatorSeries({
      indicatorId: id,
      year: 2023,
      points: [{ year: 2023, month: 3, growth }],
      target: { kind: 'growth', target },
    })

  it('lists what is behind, red before yellow, furthest behind first; on-track items stay off', () => {
    const list = redList([mk('a', 7.5, 8), mk('b', 2, 8), mk('c', 9, 8), mk('d', 5, 8), mk('e', 7.9, 8)])
    expect(list.map((s) => s.indicatorId)).toEqual(['b', 'd', 'a', 'e'])
  })
})
